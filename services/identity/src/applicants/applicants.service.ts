import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { ApplicantRegistered } from '@antrian/contracts';
import { OutboxService } from '@antrian/messaging';
import { DomainError } from '@antrian/subgraph';
import { isUniqueViolation } from '@antrian/database';
import { isNikTaken, nikAlreadyRegistered } from '../shared/one-nik-one-person';
import { PasswordHasher } from '../shared/password-hasher.service';
import { judgePersonDetails } from '../shared/person-details';
import { ApplicantEntity } from './applicant.entity';
import { ApplicantRepository } from './applicant.repository';
import { RegisterApplicantInput } from './register-applicant.input';

@Injectable()
export class ApplicantsService {
  constructor(
    private readonly applicants: ApplicantRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly hasher: PasswordHasher,
  ) {}

  async register(input: RegisterApplicantInput, now = new Date()): Promise<ApplicantEntity> {
    const person = judgePersonDetails(input, now);
    if (!person.ok) throw new DomainError(person.code, person.message, person.details);
    const passwordHash = await this.hasher.hash(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const applicant = await this.applicants.insert(manager, {
          nik: input.nik,
          fullName: person.fullName,
          birthDate: input.birthDate,
          email: input.email.trim().toLowerCase(),
          phone: input.phone ? normalizePhone(input.phone) : null,
          passwordHash,
        });
        await this.outbox.append(manager, ApplicantRegistered, { applicantId: applicant.id });
        return applicant;
      });
    } catch (error) {
      // The database refuses a NIK held by any person, an account holder or a family member
      // (see one-nik-one-person.ts), and an e-mail address another account has.
      if (isNikTaken(error)) throw nikAlreadyRegistered();
      if (isUniqueViolation(error)) {
        throw new DomainError('ALREADY_REGISTERED', 'An account with this e-mail address already exists');
      }
      throw error;
    }
  }

  findById(id: string): Promise<ApplicantEntity | null> {
    return this.applicants.findById(id);
  }

  findByIds(ids: readonly string[]): Promise<Map<string, ApplicantEntity>> {
    return this.applicants.findByIds(ids);
  }

  findByLogin(login: string): Promise<ApplicantEntity | null> {
    return /^\d{16}$/.test(login) ? this.applicants.findByNik(login) : this.applicants.findByEmail(login.toLowerCase());
  }
}

/** One spelling per number (E.164), so the same phone never looks like two. */
function normalizePhone(phone: string): string {
  return parsePhoneNumberFromString(phone, 'ID')?.number ?? phone;
}
