import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessTokenSigner, Identity, PrincipalKind } from '@antrian/auth';
import { AccessRevoked } from '@antrian/contracts';
import { OutboxService } from '@antrian/messaging';
import { DomainError, requireIdentity } from '@antrian/subgraph';
import { IDENTITY_CONFIG, IdentityConfig } from '../config/identity.config';
import { AuthPayloadModel } from '../auth/auth-payload.model';
import { authMessages } from '../auth/auth.messages';
import { identityOf, isActive, Principal } from './principal';
import { PrincipalLoader } from './principal-loader';
import { RefreshTokenRepository } from './refresh-token.repository';
import { refreshTokenExpiresAt, sessionEndsAt, SessionLifetimes } from './session-lifetime';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whose sessions a revocation ends. */
export interface PrincipalRef {
  kind: PrincipalKind;
  id: string;
}

/**
 * Sessions: a refresh-token family per sign-in (or device registration), rotated on every use,
 * ended at a fixed time whatever its rotations (APPLICANT_SESSION_MAX_DAYS, OFFICER_SESSION_MAX_HOURS;
 * a device's lasts until it is revoked). Access tokens name their family (`sid`). Ending sessions
 * writes AccessRevoked in the same transaction, so every gateway replica refuses their access
 * tokens at once rather than when they expire.
 */
@Injectable()
export class SessionsService {
  private readonly signer: AccessTokenSigner;
  private readonly lifetimes: SessionLifetimes;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly tokens: RefreshTokenRepository,
    private readonly principals: PrincipalLoader,
    private readonly outbox: OutboxService,
  ) {
    this.signer = new AccessTokenSigner(config.AUTH_PRIVATE_KEY);
    this.lifetimes = {
      refreshTokenTtlMs: config.REFRESH_TOKEN_TTL_DAYS * 86_400_000,
      maxAgeMs: {
        applicant: config.APPLICANT_SESSION_MAX_DAYS * 86_400_000,
        officer: config.OFFICER_SESSION_MAX_HOURS * 3_600_000,
        device: null,
      },
    };
  }

  /** A new session for the principal, inside the caller's transaction. */
  start(manager: EntityManager, principal: Principal, now: Date): Promise<AuthPayloadModel> {
    return this.issue(manager, principal, randomUUID(), sessionEndsAt(principal.kind, now, this.lifetimes), now);
  }

  /** The next access and refresh token of a session; the refresh token given works once. */
  async refresh(refreshToken: string, now = new Date()): Promise<AuthPayloadModel> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const stored = await this.tokens.findForUpdate(manager, hashToken(refreshToken));
      if (!stored || stored.revokedAt || stored.expiresAt <= now) return null;
      const principal = { kind: stored.principalKind, id: stored.principalId };
      if (stored.usedAt) {
        // Presented twice: whoever holds the family now may be a thief. End the whole session.
        await this.tokens.revokeWholeFamily(manager, stored.familyId, now);
        await this.announceRevocation(manager, principal, stored.familyId, now);
        return null;
      }
      const sessionEnd =
        stored.familyExpiresAt ??
        sessionEndsAt(
          stored.principalKind,
          await this.tokens.familyStartedAt(manager, stored.familyId),
          this.lifetimes,
        );
      if (sessionEnd && sessionEnd <= now) return null;
      await this.tokens.markUsed(manager, stored.id, now);
      const found = await this.principals.load(manager, stored.principalKind, stored.principalId);
      if (!found || !isActive(found)) return null;
      return this.issue(manager, found, stored.familyId, sessionEnd, now);
    });
    if (!outcome) throw new DomainError('UNAUTHENTICATED', authMessages.invalidSession);
    return outcome;
  }

  /** Ends the caller's own session (the family its access token names); false when there was none to end. */
  async signOut(actor: Identity | null, now = new Date()): Promise<boolean> {
    const caller = requireIdentity(actor);
    const sessionId = caller.sessionId;
    // A token issued before sessions were named cannot say which one; it expires within minutes.
    if (!sessionId) return false;
    return this.dataSource.transaction(async (manager) => {
      const principal = { kind: caller.kind, id: caller.sub };
      if (!(await this.tokens.revokeFamily(manager, principal, sessionId, now))) return false;
      await this.announceRevocation(manager, principal, sessionId, now);
      return true;
    });
  }

  /**
   * Ends every session of the principal (deactivated, revoked, closed), inside the caller's
   * transaction: no refresh token of it works again and its access tokens stop at once.
   */
  async endAll(manager: EntityManager, principal: PrincipalRef, now: Date): Promise<void> {
    await this.tokens.revokeAllOf(manager, principal, now);
    await this.announceRevocation(manager, principal, null, now);
  }

  /**
   * The principal's access tokens stop at once, its sessions stay: the next renewal gives tokens
   * with what changed (an officer's roles).
   */
  async reissueAll(manager: EntityManager, principal: PrincipalRef, now: Date): Promise<void> {
    await this.announceRevocation(manager, principal, null, now);
  }

  private async announceRevocation(
    manager: EntityManager,
    principal: PrincipalRef,
    sessionId: string | null,
    now: Date,
  ): Promise<void> {
    await this.outbox.append(manager, AccessRevoked, {
      principalId: principal.id,
      principalKind: principal.kind,
      sessionId,
      revokedAt: now.toISOString(),
    });
  }

  private async issue(
    manager: EntityManager,
    principal: Principal,
    familyId: string,
    sessionEnd: Date | null,
    now: Date,
  ): Promise<AuthPayloadModel> {
    const refreshToken = randomBytes(32).toString('base64url');
    await this.tokens.insert(manager, {
      tokenHash: hashToken(refreshToken),
      familyId,
      principalKind: principal.kind,
      principalId: principal.entity.id,
      expiresAt: refreshTokenExpiresAt(now, sessionEnd, this.lifetimes),
      familyExpiresAt: sessionEnd,
    });
    const identity = identityOf(principal, familyId, this.config.EMAIL_CONFIRMATION_REQUIRED);
    const { token, expiresAt } = await this.signer.sign(identity, now);
    return { accessToken: token, refreshToken, expiresAt };
  }
}
