import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { Identity } from '@antrian/auth';
import { FamilyMemberAdded } from '@antrian/contracts';
import { isUniqueViolation } from '@antrian/database';
import { OutboxService } from '@antrian/messaging';
import { DomainError, requireApplicant } from '@antrian/subgraph';
import { claimNik, nikAlreadyRegistered } from '../shared/nik-claim';
import { judgePersonDetails } from '../shared/person-details';
import { AddFamilyMemberInput } from './add-family-member.input';
import { FamilyMemberEntity } from './family-member.entity';
import { hasRoomForFamilyMember, MAX_FAMILY_MEMBERS } from './family-member-rules';

@Injectable()
export class FamilyMembersService {
  constructor(
    @InjectRepository(FamilyMemberEntity) private readonly familyMembers: Repository<FamilyMemberEntity>,
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
        const accounts: unknown[] = await manager.query(`SELECT id FROM applicant WHERE id = $1 FOR NO KEY UPDATE`, [
          applicantId,
        ]);
        if (accounts.length === 0) throw new DomainError('UNAUTHENTICATED', 'This account no longer exists');
        const repository = manager.getRepository(FamilyMemberEntity);
        if (!hasRoomForFamilyMember(await repository.countBy({ applicantId }))) {
          throw new DomainError('BAD_USER_INPUT', `An account has at most ${MAX_FAMILY_MEMBERS} family members`);
        }
        await claimNik(manager, input.nik);
        const member = await repository.save(
          repository.create({ applicantId, nik: input.nik, fullName: person.fullName, birthDate: input.birthDate }),
        );
        await this.outbox.append(manager, FamilyMemberAdded, { familyMemberId: member.id, applicantId });
        return member;
      });
    } catch (error) {
      // claimNik settles who holds a NIK; the unique index answers only if a writer skipped it.
      if (isUniqueViolation(error)) throw nikAlreadyRegistered();
      throw error;
    }
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, FamilyMemberEntity>> {
    const rows = await this.familyMembers.findBy({ id: In([...ids]) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Each account's family members, oldest entry first. */
  async findByApplicantIds(applicantIds: readonly string[]): Promise<Map<string, FamilyMemberEntity[]>> {
    const rows = await this.familyMembers.find({
      where: { applicantId: In([...applicantIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const byApplicant = new Map<string, FamilyMemberEntity[]>();
    for (const row of rows) byApplicant.set(row.applicantId, [...(byApplicant.get(row.applicantId) ?? []), row]);
    return byApplicant;
  }
}
