import { Injectable } from '@nestjs/common';
import { ApplicantEntity } from './applicant.entity';
import { ApplicantRepository } from './applicant.repository';

/** Reads of applicants' accounts; registration, confirmation and closing have their own folders. */
@Injectable()
export class ApplicantsService {
  constructor(private readonly applicants: ApplicantRepository) {}

  findById(id: string): Promise<ApplicantEntity | null> {
    return this.applicants.findById(id);
  }

  findByIds(ids: readonly string[]): Promise<Map<string, ApplicantEntity>> {
    return this.applicants.findByIds(ids);
  }

  /** The open account an applicant signs in to, by her NIK or e-mail address (any case). */
  findByLogin(login: string): Promise<ApplicantEntity | null> {
    return /^\d{16}$/.test(login)
      ? this.applicants.findOpenByNik(login)
      : this.applicants.findOpenByEmail(login.toLowerCase());
  }
}
