import { Injectable } from '@nestjs/common';
import { RequestContext, requestLoader } from '@antrian/subgraph';
import { NikAccount, needsServingOffices } from '../applicants/nik';
import { ServingOfficeRepository } from './serving-office.repository';

/**
 * What `mayReadWholeNik` needs to know of an account, for this request's caller. Only an officer
 * of one office needs the account's serving offices (for anyone else they are left empty, unread);
 * they are loaded once per request for every account it touches, so a list of bookings with their
 * applicants and family members costs one query.
 */
@Injectable()
export class NikAccountLoader {
  constructor(private readonly servingOffices: ServingOfficeRepository) {}

  /** `accountId`: the applicant herself, or for a family member her account holder. */
  async load(context: RequestContext, accountId: string): Promise<NikAccount> {
    if (!needsServingOffices(context.identity)) return { accountId, servingOfficeIds: [] };
    const loader = requestLoader(context, 'applicant-serving-offices', (ids) =>
      this.servingOffices.findByApplicantIds(ids),
    );
    return { accountId, servingOfficeIds: (await loader.load(accountId)) ?? [] };
  }
}
