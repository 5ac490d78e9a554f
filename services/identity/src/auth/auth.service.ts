import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessTokenSigner, Identity, PrincipalKind } from '@antrian/auth';
import { liveSubjects } from '@antrian/contracts';
import { EVENT_BUS, EventBus } from '@antrian/messaging';
import { DomainError } from '@antrian/subgraph';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ApplicantsService } from '../applicants/applicants.service';
import { DeviceEntity } from '../devices/device.entity';
import { IDENTITY_CONFIG, IdentityConfig } from '../config/identity.config';
import { OfficerEntity } from '../officers/officer.entity';
import { OfficersService } from '../officers/officers.service';
import { PasswordHasher } from '../shared/password-hasher.service';
import { AuthPayloadModel } from './auth-payload.model';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SignInLimiter } from './sign-in-limiter.service';

export type Principal =
  | { kind: 'applicant'; entity: ApplicantEntity }
  | { kind: 'officer'; entity: OfficerEntity }
  | { kind: 'device'; entity: DeviceEntity };

function identityOf(principal: Principal): Identity {
  switch (principal.kind) {
    case 'applicant':
      return { sub: principal.entity.id, kind: 'applicant', roles: [], officeId: null };
    case 'officer':
      return {
        sub: principal.entity.id,
        kind: 'officer',
        roles: principal.entity.roles,
        officeId: principal.entity.officeId,
      };
    case 'device':
      return {
        sub: principal.entity.id,
        kind: 'device',
        roles: [],
        officeId: principal.entity.officeId,
        deviceKind: principal.entity.kind,
      };
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const INVALID_SESSION = 'The refresh token is invalid, used or expired: sign in again';

@Injectable()
export class AuthService {
  private readonly signer: AccessTokenSigner;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    private readonly applicants: ApplicantsService,
    private readonly officers: OfficersService,
    private readonly hasher: PasswordHasher,
    private readonly limiter: SignInLimiter,
  ) {
    this.signer = new AccessTokenSigner(config.AUTH_PRIVATE_KEY);
  }

  /** NIPs have 18 digits, NIKs 16; anything else is an e-mail address. */
  private async findPrincipal(login: string): Promise<Exclude<Principal, { kind: 'device' }> | null> {
    if (/^\d{18}$/.test(login)) {
      const officer = await this.officers.findByNip(login);
      return officer && { kind: 'officer', entity: officer };
    }
    const applicant = await this.applicants.findByLogin(login);
    return applicant && { kind: 'applicant', entity: applicant };
  }

  async signIn(login: string, password: string, now = new Date()): Promise<AuthPayloadModel> {
    const normalized = login.trim();
    const lockedFor = await this.limiter.lockedFor(normalized);
    if (lockedFor > 0) {
      throw new DomainError('RATE_LIMITED', `Too many failed sign-ins: try again in ${lockedFor} s`, {
        retryAfterSeconds: lockedFor,
      });
    }
    const principal = await this.findPrincipal(normalized);
    const valid = await this.hasher.verify(principal?.entity.passwordHash, password);
    if (!principal || !valid) {
      await this.limiter.recordFailure(normalized);
      throw new DomainError('UNAUTHENTICATED', 'The login or the password is wrong');
    }
    await this.limiter.reset(normalized);
    const payload = await this.dataSource.transaction(async (manager) => {
      const table = principal.kind === 'applicant' ? ApplicantEntity : OfficerEntity;
      await manager.update(table, { id: principal.entity.id }, { lastSignInAt: now });
      return this.issue(manager, principal, randomUUID(), now);
    });
    // The viewer's own consoles learn of the new sign-in (viewerChanged) as soon as it is committed.
    this.bus.publishLive(liveSubjects.viewer(principal.entity.id));
    return payload;
  }

  async refresh(refreshToken: string, now = new Date()): Promise<AuthPayloadModel> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const stored = await manager
        .getRepository(RefreshTokenEntity)
        .createQueryBuilder('token')
        .setLock('pessimistic_write')
        .where('token.token_hash = :hash', { hash: hashToken(refreshToken) })
        .getOne();
      if (!stored || stored.revokedAt || stored.expiresAt <= now) return null;
      if (stored.usedAt) {
        // Presented twice: whoever holds the family now may be a thief. End the whole session.
        await manager.update(RefreshTokenEntity, { familyId: stored.familyId }, { revokedAt: now });
        return 'reused' as const;
      }
      await manager.update(RefreshTokenEntity, { id: stored.id }, { usedAt: now });
      const principal = await this.loadPrincipal(manager, stored.principalKind, stored.principalId);
      return principal && this.issue(manager, principal, stored.familyId, now);
    });
    if (!outcome || outcome === 'reused') throw new DomainError('UNAUTHENTICATED', INVALID_SESSION);
    return outcome;
  }

  private async loadPrincipal(manager: EntityManager, kind: PrincipalKind, id: string): Promise<Principal | null> {
    if (kind === 'applicant') {
      const entity = await manager.findOneBy(ApplicantEntity, { id });
      return entity && { kind, entity };
    }
    if (kind === 'officer') {
      const entity = await manager.findOneBy(OfficerEntity, { id });
      return entity && { kind, entity };
    }
    const entity = await manager.findOneBy(DeviceEntity, { id });
    return entity && !entity.revokedAt ? { kind, entity } : null;
  }

  /** A new session (access and refresh token) for a principal, inside the caller's transaction. */
  async issue(manager: EntityManager, principal: Principal, familyId: string, now: Date): Promise<AuthPayloadModel> {
    const refreshToken = randomBytes(32).toString('base64url');
    await manager.insert(RefreshTokenEntity, {
      tokenHash: hashToken(refreshToken),
      familyId,
      principalKind: principal.kind,
      principalId: principal.entity.id,
      expiresAt: new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
    });
    const { token, expiresAt } = await this.signer.sign(identityOf(principal), now);
    return { accessToken: token, refreshToken, expiresAt };
  }
}
