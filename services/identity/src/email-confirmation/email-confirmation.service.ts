import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Identity } from '@antrian/auth';
import { ApplicantEmailConfirmed, liveSubjects } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { EVENT_BUS, EventBus, OutboxService } from '@antrian/messaging';
import { DomainError, requireApplicant } from '@antrian/subgraph';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ApplicantRepository } from '../applicants/applicant.repository';
import { IDENTITY_CONFIG, IdentityConfig } from '../config/identity.config';
import { IDENTITY_LOGGER } from '../identity.tokens';
import { MAILER, Mailer } from '../mail/mailer.port';
import { rateLimited } from '../rate-limits/rate-limit.messages';
import { isRejection, limitKey, RateLimitStore, secondsUntil } from '../rate-limits/rate-limit.store';
import {
  ConfirmationCodes,
  judgeCodeAttempt,
  newConfirmationCode,
  secondsBeforeResend,
} from './confirmation-code-rules';
import { emailConfirmationMessages as messages } from './email-confirmation.messages';
import { EmailConfirmationRepository } from './email-confirmation.repository';

/** A code stored in a transaction, to be mailed once that transaction has committed. */
export interface CodeToSend {
  applicantId: string;
  email: string;
  code: string;
  expiresAt: Date;
}

type Confirmation =
  | { kind: 'CONFIRMED'; applicant: ApplicantEntity }
  | { kind: 'GONE' | 'NO_CODE' | 'EXPIRED' | 'TOO_MANY_ATTEMPTS' }
  | { kind: 'WRONG'; remaining: number };

/**
 * An applicant confirms her e-mail address with a one-time code sent to it (through the mail
 * port): at registration, and again on request. Where EMAIL_CONFIRMATION_REQUIRED is on she books
 * only once confirmed; the `emailConfirmed` claim of her next access token says so (she refreshes
 * her session after confirming), and ApplicantEmailConfirmed tells the other services.
 */
@Injectable()
export class EmailConfirmationService {
  private readonly codes: ConfirmationCodes;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    @Inject(IDENTITY_LOGGER) private readonly logger: Logger,
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    @Inject(MAILER) private readonly mailer: Mailer,
    private readonly applicants: ApplicantRepository,
    private readonly confirmations: EmailConfirmationRepository,
    private readonly outbox: OutboxService,
    private readonly limits: RateLimitStore,
  ) {
    this.codes = new ConfirmationCodes(config.AUTH_PRIVATE_KEY);
  }

  /** Stores a new code for the account inside the caller's transaction; mail it after the commit. */
  async storeCode(
    manager: EntityManager,
    applicant: Pick<ApplicantEntity, 'id' | 'email'>,
    now: Date,
  ): Promise<CodeToSend> {
    const code = newConfirmationCode();
    const expiresAt = new Date(now.getTime() + this.config.EMAIL_CODE_TTL_SECONDS * 1000);
    await this.confirmations.replace(manager, {
      applicantId: applicant.id,
      codeHash: this.codes.hash(applicant.id, code),
      expiresAt,
      sentAt: now,
    });
    return { applicantId: applicant.id, email: applicant.email, code, expiresAt };
  }

  /** Mails a stored code; false when the mail service refused it (she can ask for a new one). */
  async mailCode(toSend: CodeToSend): Promise<boolean> {
    try {
      await this.mailer.send({
        to: toSend.email,
        applicantId: toSend.applicantId,
        notice: { kind: 'EMAIL_CONFIRMATION_CODE', code: toSend.code, expiresAt: toSend.expiresAt },
      });
      return true;
    } catch (error) {
      this.logger.warn(
        { applicantId: toSend.applicantId, message: error instanceof Error ? error.message : String(error) },
        'the e-mail confirmation code could not be mailed',
      );
      return false;
    }
  }

  async confirm(actor: Identity | null, typed: string, now = new Date()): Promise<ApplicantEntity> {
    const applicantId = requireApplicant(actor).sub;
    // The account's row lock makes racing tries count one after another.
    const outcome = await this.dataSource.transaction(async (manager): Promise<Confirmation> => {
      if (!(await this.applicants.lockForUpdate(manager, applicantId))) return { kind: 'GONE' };
      const applicant = (await this.applicants.findById(applicantId, manager))!;
      if (applicant.emailConfirmedAt) return { kind: 'CONFIRMED', applicant };
      const pending = await this.confirmations.find(applicantId, manager);
      const verdict = judgeCodeAttempt(pending, now, this.config.EMAIL_CODE_MAX_ATTEMPTS);
      if (verdict !== 'CHECK') return { kind: verdict };
      if (!this.codes.matches(applicantId, typed, pending!.codeHash)) {
        await this.confirmations.countFailure(manager, applicantId);
        return { kind: 'WRONG', remaining: this.config.EMAIL_CODE_MAX_ATTEMPTS - pending!.failedAttempts - 1 };
      }
      await this.applicants.markEmailConfirmed(manager, applicantId, now);
      await this.confirmations.remove(manager, applicantId);
      await this.outbox.append(manager, ApplicantEmailConfirmed, { applicantId });
      return { kind: 'CONFIRMED', applicant: { ...applicant, emailConfirmedAt: now } };
    });
    switch (outcome.kind) {
      case 'CONFIRMED':
        this.bus.publishLive(liveSubjects.viewer(applicantId));
        return outcome.applicant;
      case 'GONE':
        throw new DomainError('UNAUTHENTICATED', messages.accountGone);
      case 'WRONG':
        if (outcome.remaining > 0) {
          throw new DomainError('BAD_USER_INPUT', messages.wrongCode(outcome.remaining), {
            reason: 'WRONG_CODE',
            remainingAttempts: outcome.remaining,
          });
        }
        throw new DomainError('BAD_USER_INPUT', messages.tooManyAttempts, { reason: 'TOO_MANY_ATTEMPTS' });
      case 'NO_CODE':
        throw new DomainError('BAD_USER_INPUT', messages.noCode, { reason: outcome.kind });
      case 'EXPIRED':
        throw new DomainError('BAD_USER_INPUT', messages.expired, { reason: outcome.kind });
      case 'TOO_MANY_ATTEMPTS':
        throw new DomainError('BAD_USER_INPUT', messages.tooManyAttempts, { reason: outcome.kind });
    }
  }

  /** A new code for the signed-in applicant; false when her e-mail is confirmed already. */
  async resend(actor: Identity | null, now = new Date()): Promise<boolean> {
    const applicantId = requireApplicant(actor).sub;
    const lastSent = await this.confirmations.find(applicantId);
    this.refuseTooSoon(lastSent?.sentAt ?? null, now);
    await this.takeResend(applicantId);
    const toSend = await this.dataSource.transaction(async (manager) => {
      if (!(await this.applicants.lockForUpdate(manager, applicantId))) {
        throw new DomainError('UNAUTHENTICATED', messages.accountGone);
      }
      const applicant = (await this.applicants.findById(applicantId, manager))!;
      if (applicant.emailConfirmedAt) return null;
      // Again under the lock: of two racing requests, the second finds the first one's code.
      this.refuseTooSoon((await this.confirmations.find(applicantId, manager))?.sentAt ?? null, now);
      return this.storeCode(manager, applicant, now);
    });
    if (!toSend) return false;
    if (!(await this.mailCode(toSend))) throw new DomainError('SERVICE_UNAVAILABLE', messages.mailFailed);
    return true;
  }

  private refuseTooSoon(lastSentAt: Date | null, now: Date): void {
    const wait = secondsBeforeResend(lastSentAt, now, this.config.EMAIL_CODE_RESEND_SECONDS);
    if (wait > 0) throw rateLimited(messages.resendWait(wait), wait);
  }

  /** Codes sent again per account and day (EMAIL_CODE_RESENDS_PER_DAY), which bounds guessing. */
  private async takeResend(applicantId: string): Promise<void> {
    const limiter = this.limits.limiter('email-code-resend', {
      points: this.config.EMAIL_CODE_RESENDS_PER_DAY,
      durationSeconds: 86_400,
    });
    try {
      await limiter.consume(limitKey('applicant', applicantId));
    } catch (error) {
      if (!isRejection(error)) throw error;
      const seconds = secondsUntil(error);
      throw rateLimited(messages.tooManyCodes(seconds), seconds);
    }
  }
}
