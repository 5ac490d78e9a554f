import { Injectable } from '@nestjs/common';
import { RequestContext, requestLoader } from '@antrian/subgraph';
import { NikOwner, needsServingOffices } from '../applicants/nik';
import { ServingOfficeRepository } from './serving-office.repository';

/**
 * What `mayReadWholeNik` (and `maySeeFamilyOf`) need to know, for this request's caller. Only an
 * officer of one office needs serving offices (for anyone else they are left empty, unread); they
 * are loaded per person, once per request for every person it touches, so a list of bookings with
 * their applicants and family members costs one query per wave of resolvers, not one per person.
 */
@Injectable()
export class NikOwnerLoader {
  constructor(private readonly servingOffices: ServingOfficeRepository) {}

  /**
   * One person's NIK: `personId` is the applicant's or the family member's id, `accountId` the
   * account she is on (the applicant herself, or the family member's account holder).
   */
  async person(context: RequestContext, accountId: string, personId: string): Promise<NikOwner> {
    if (!needsServingOffices(context.identity)) return { accountId, servingOfficeIds: [] };
    return { accountId, servingOfficeIds: await this.servingOfficesOf(context, personId) };
  }

  /** A whole account: the offices serving anyone on it, its holder or one of `familyMemberIds`. */
  async account(context: RequestContext, accountId: string, familyMemberIds: readonly string[]): Promise<NikOwner> {
    if (!needsServingOffices(context.identity)) return { accountId, servingOfficeIds: [] };
    const perPerson = await Promise.all(
      [accountId, ...familyMemberIds].map((personId) => this.servingOfficesOf(context, personId)),
    );
    return { accountId, servingOfficeIds: [...new Set(perPerson.flat())] };
  }

  private async servingOfficesOf(context: RequestContext, personId: string): Promise<string[]> {
    const loader = requestLoader(context, 'person-serving-offices', (ids) => this.servingOffices.findByPersonIds(ids));
    return (await loader.load(personId)) ?? [];
  }
}
