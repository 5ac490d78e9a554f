import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { liveSubjects } from '@antrian/contracts';
import { EVENT_BUS, EventBus } from '@antrian/messaging';
import { DomainError } from '@antrian/subgraph';
import { ApplicantRepository } from '../applicants/applicant.repository';
import { ApplicantsService } from '../applicants/applicants.service';
import { OfficerRepository } from '../officers/officer.repository';
import { SignInLimiter } from '../rate-limits/sign-in-limiter.service';
import { PasswordHasher } from '../shared/password-hasher.service';
import { AuthPayloadModel } from './auth-payload.model';
import { authMessages } from './auth.messages';
import { isActive, Principal } from '../sessions/principal';
import { SessionsService } from '../sessions/sessions.service';

type PersonPrincipal = Exclude<Principal, { kind: 'device' }>;

/**
 * Sign-in by NIP (officers) or by e-mail or NIK (applicants; a closed account is not found). The
 * limits take their points before the password is checked (see SignInLimiter), so racing guesses
 * are counted too.
 */
@Injectable()
export class SignInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    private readonly applicantLogins: ApplicantsService,
    private readonly applicants: ApplicantRepository,
    private readonly officers: OfficerRepository,
    private readonly hasher: PasswordHasher,
    private readonly limiter: SignInLimiter,
    private readonly sessions: SessionsService,
  ) {}

  /** NIPs have 18 digits, NIKs 16; anything else is an e-mail address. */
  private async findPrincipal(login: string): Promise<PersonPrincipal | null> {
    if (/^\d{18}$/.test(login)) {
      const officer = await this.officers.findByNip(login);
      return officer && { kind: 'officer', entity: officer };
    }
    const applicant = await this.applicantLogins.findByLogin(login);
    return applicant && { kind: 'applicant', entity: applicant };
  }

  async signIn(
    login: string,
    password: string,
    clientAddress: string | null,
    now = new Date(),
  ): Promise<AuthPayloadModel> {
    const normalized = login.trim();
    const principal = await this.findPrincipal(normalized);
    // One account, whichever login names it (an applicant's e-mail and NIK); an unknown login counts as itself.
    const account = principal ? `${principal.kind}:${principal.entity.id}` : `login:${normalized.toLowerCase()}`;
    const attempt = await this.limiter.begin(account, clientAddress);
    const valid = await this.hasher.verify(principal?.entity.passwordHash, password);
    if (!principal || !valid) throw new DomainError('UNAUTHENTICATED', authMessages.wrongLogin);
    await attempt.succeeded();
    if (!isActive(principal)) throw new DomainError('UNAUTHENTICATED', authMessages.deactivated);
    const payload = await this.dataSource.transaction(async (manager) => {
      if (principal.kind === 'applicant') await this.applicants.markSignedIn(manager, principal.entity.id, now);
      else await this.officers.markSignedIn(manager, principal.entity.id, now);
      return this.sessions.start(manager, principal, now);
    });
    // The viewer's own consoles learn of the new sign-in (viewerChanged) as soon as it is committed.
    this.bus.publishLive(liveSubjects.viewer(principal.entity.id));
    return payload;
  }
}
