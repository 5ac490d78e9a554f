import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { message } from '@antrian/messages';
import { ApplicantRegistered } from '@antrian/contracts';
import { isUniqueViolation } from '@antrian/database';
import { OutboxService } from '@antrian/messaging';
import { DomainError } from '@antrian/subgraph';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ApplicantRepository } from '../applicants/applicant.repository';
import { IDENTITY_CONFIG, IdentityConfig } from '../config/identity.config';
import { EmailConfirmationService } from '../email-confirmation/email-confirmation.service';
import { RegistrationLimiter } from '../rate-limits/registration-limiter.service';
import { REGISTRATION_CHECK, RegistrationCheck } from '../registration-checks/registration-check.port';
import { isNikTaken, nikAlreadyRegistered } from '../shared/one-nik-one-person';
import { PasswordHasher } from '../shared/password-hasher.service';
import { judgePersonDetails, personFacts } from '../shared/person-details';
import { RegisterApplicantInput } from './register-applicant.input';

/**
 * A person opens an account with her NIK. Limited per client address (REGISTRATIONS_PER_ADDRESS);
 * checked by the registration check port (the population registry and a CAPTCHA in production);
 * the account and ApplicantRegistered commit together, with a one-time code for her e-mail,
 * mailed once committed.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly applicants: ApplicantRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    @Inject(REGISTRATION_CHECK) private readonly registrationCheck: RegistrationCheck,
    private readonly outbox: OutboxService,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RegistrationLimiter,
    private readonly emailConfirmation: EmailConfirmationService,
  ) {}

  async register(
    input: RegisterApplicantInput,
    clientAddress: string | null,
    now = new Date(),
  ): Promise<ApplicantEntity> {
    await this.limiter.take(clientAddress);
    const person = judgePersonDetails(input, now);
    if (!person.ok) throw new DomainError(person.code, person.message, person.details);
    const checked = await this.registrationCheck.check({
      nik: input.nik,
      fullName: person.fullName,
      birthDate: input.birthDate,
      clientAddress,
      captchaToken: input.captchaToken ?? null,
    });
    if (!checked.ok) throw new DomainError(checked.code, checked.message);
    const passwordHash = await this.hasher.hash(input.password);
    try {
      const { applicant, code } = await this.dataSource.transaction(async (manager) => {
        const applicant = await this.applicants.insert(manager, {
          nik: input.nik,
          fullName: person.fullName,
          birthDate: input.birthDate,
          email: input.email.trim().toLowerCase(),
          phone: input.phone ? normalizePhone(input.phone) : null,
          passwordHash,
        });
        await this.outbox.append(manager, ApplicantRegistered, {
          applicantId: applicant.id,
          ...personFacts(input),
          // Nobody has confirmed at registration: she may book at once only where it is not asked for.
          emailConfirmed: !this.config.EMAIL_CONFIRMATION_REQUIRED,
        });
        return { applicant, code: await this.emailConfirmation.storeCode(manager, applicant, now) };
      });
      // A code the mail service refused is asked for again (resendEmailConfirmation); the account stands.
      await this.emailConfirmation.mailCode(code);
      return applicant;
    } catch (error) {
      // The database refuses a NIK held by any person, an account holder or a family member
      // (see one-nik-one-person.ts), and an e-mail address another open account has.
      if (isNikTaken(error)) throw nikAlreadyRegistered();
      if (isUniqueViolation(error)) {
        throw new DomainError('ALREADY_REGISTERED', message('identity.emailTaken'));
      }
      throw error;
    }
  }
}

/** One spelling per number (E.164), so the same phone never looks like two. */
function normalizePhone(phone: string): string {
  return parsePhoneNumberFromString(phone, 'ID')?.number ?? phone;
}
