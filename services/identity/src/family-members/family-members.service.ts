import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Identity } from '@antrian/auth';
import { FamilyMemberAdded } from '@antrian/contracts';
import { OutboxService } from '@antrian/messaging';
import { message } from '@antrian/messages';
import { DomainError, requireApplicant } from '@antrian/subgraph';
import { ApplicantRepository } from '../applicants/applicant.repository';
import { isNikTaken, nikAlreadyRegistered } from '../shared/one-nik-one-person';
import { judgePersonDetails, personFacts } from '../shared/person-details';
import { AddFamilyMemberInput } from './add-family-member.input';
import { FamilyMemberEntity } from './family-member.entity';
import { FamilyMemberRepository } from './family-member.repository';
import { hasRoomForFamilyMember, MAX_FAMILY_MEMBERS } from './family-member-rules';

@Injectable()
export class FamilyMembersService {
  constructor(
    private readonly familyMembers: FamilyMemberRepository,
    private readonly applicants: ApplicantRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * A signed-in applicant puts a family member on her account, so that she may book for her.
   * Scheduling learns of it from FamilyMemberAdded, written in the same transaction.
   */
  async add(actor: Identity | null, input: AddFamilyMemberInput, now = new Date()): Promise<FamilyMemberEntity> {
    const applicantId = requireApplicant(actor).sub;
    const person = judgePersonDetails(input, now);
    if (!person.ok) throw new DomainError(person.code, person.message, person.details);
    try {
      return await this.dataSource.transaction(async (manager) => {
        // The account's row lock makes concurrent additions to one account count one after another.
        if (!(await this.applicants.lockForUpdate(manager, applicantId))) {
          throw new DomainError('UNAUTHENTICATED', message('identity.accountGone'));
        }
        if (!hasRoomForFamilyMember(await this.familyMembers.countOnAccount(manager, applicantId))) {
          throw new DomainError('BAD_USER_INPUT', message('family.limitReached', { max: MAX_FAMILY_MEMBERS }));
        }
        const member = await this.familyMembers.insert(manager, {
          applicantId,
          nik: input.nik,
          fullName: person.fullName,
          birthDate: input.birthDate,
        });
        await this.outbox.append(manager, FamilyMemberAdded, {
          familyMemberId: member.id,
          applicantId,
          ...personFacts(input),
        });
        return member;
      });
    } catch (error) {
      // The database refuses a NIK held by any person, an account holder or a family member.
      if (isNikTaken(error)) throw nikAlreadyRegistered();
      throw error;
    }
  }

  findByIds(ids: readonly string[]): Promise<Map<string, FamilyMemberEntity>> {
    return this.familyMembers.findByIds(ids);
  }

  /** Each account's family members, oldest entry first. */
  findByApplicantIds(applicantIds: readonly string[]): Promise<Map<string, FamilyMemberEntity[]>> {
    return this.familyMembers.findByApplicantIds(applicantIds);
  }
}
