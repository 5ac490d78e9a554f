import { ACCESS_TOKEN_TTL_SECONDS, VerifiedSession } from '@antrian/auth';
import { AccessRevoked, AccessRevokedPayload, isEvent } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import type { EventBus, Unsubscribe } from '@antrian/messaging';

/** Access tokens live this long at most: a revocation older than that has nothing left to refuse. */
const REMEMBER_MS = ACCESS_TOKEN_TTL_SECONDS * 1000;

/**
 * The sessions and principals whose access tokens this gateway replica refuses before they
 * expire: signed out, devices revoked, officers deactivated (identity's `AccessRevoked`). Every
 * replica follows every revocation from the IDENTITY stream, replaying the last access-token
 * lifetime of them whenever it (re)connects, so a replica that starts or was cut off refuses what
 * the others refuse. A revocation is kept for one access-token lifetime, after which every token
 * it concerns has expired anyway.
 */
export class RevocationList {
  /** Session id → when to forget it. */
  private readonly sessions = new Map<string, number>();
  /** Principal → the latest instant before which its tokens were revoked, and when to forget it. */
  private readonly principals = new Map<string, { revokedAt: number; forgetAt: number }>();
  private readonly listeners = new Set<(revocation: AccessRevokedPayload) => void>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Idempotent: replays of one event change nothing. */
  revoke(revocation: AccessRevokedPayload): void {
    const revokedAt = Date.parse(revocation.revokedAt);
    if (Number.isNaN(revokedAt)) return;
    const forgetAt = revokedAt + REMEMBER_MS;
    this.forgetExpired();
    if (forgetAt <= this.now()) return;
    if (revocation.sessionId) {
      this.sessions.set(revocation.sessionId, Math.max(forgetAt, this.sessions.get(revocation.sessionId) ?? 0));
    } else {
      const known = this.principals.get(revocation.principalId);
      if (!known || known.revokedAt < revokedAt) this.principals.set(revocation.principalId, { revokedAt, forgetAt });
    }
    for (const listener of this.listeners) listener(revocation);
  }

  /**
   * Whether a verified access token is revoked: its session is, or its principal's tokens issued
   * up to the revocation are (`iat` has whole seconds: a token issued in the very second of the
   * revocation counts as before it, so one signed in again at once may have to sign in again).
   */
  isRevoked(session: Pick<VerifiedSession, 'identity' | 'sessionId' | 'issuedAt'>): boolean {
    if (session.sessionId && (this.sessions.get(session.sessionId) ?? 0) > this.now()) return true;
    const principal = this.principals.get(session.identity.sub);
    return (
      principal !== undefined && principal.forgetAt > this.now() && session.issuedAt.getTime() <= principal.revokedAt
    );
  }

  /** Called on every revocation as it arrives (to close the WebSockets it concerns). */
  onRevoked(listener: (revocation: AccessRevokedPayload) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Follows identity's revocations on the bus, every one of them, on this replica. */
  follow(bus: Pick<EventBus, 'watchEvents'>, logger: Logger): Promise<Unsubscribe> {
    return bus.watchEvents({
      subjects: [AccessRevoked.subject],
      replayMs: REMEMBER_MS,
      handler: (envelope) => {
        if (isEvent(envelope, AccessRevoked)) this.revoke(envelope.payload);
        else logger.warn({ subject: envelope.subject, version: envelope.version }, 'unknown revocation event version');
      },
    });
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [sessionId, forgetAt] of this.sessions) if (forgetAt <= now) this.sessions.delete(sessionId);
    for (const [principalId, { forgetAt }] of this.principals) if (forgetAt <= now) this.principals.delete(principalId);
  }
}
