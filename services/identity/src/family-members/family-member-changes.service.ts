import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Identity } from '@antrian/auth';
import { FamilyMemberRemoved, FamilyMemberUpdated } from '@antrian/contracts';
import { message } from '@antrian/messages';
import { EVENT_BUS, EventBus, OutboxService } from '@antrian/messaging';
import { DomainError, requireApplicant } from '@antrian/subgraph';
import { liveSubjects } from '@antrian/contracts';
import { PersonBookingRepository } from '../active-bookings/person-booking.repository';
import { judgePersonDetails, personFacts } from '../shared/person-details';
import { FamilyMemberEntity } from './family-member.entity';
import { FamilyMemberRepository } from './family-member.repository';
import { correctedDetails, mayRemoveFamilyMember } from './family-member-rules';
import { UpdateFamilyMemberInput } from './update-family-member.input';

/**
 * Her account holder corrects a family member's details or removes her. Each change and its
 * event are written in one transaction, with her entry locked, so a correction and a removal of
 * one person take turns.
 */
@Injectable()
export class FamilyMemberChangesService {
  constructor(
    private readonly familyMembers: FamilyMemberRepository,
    private readonly bookings: PersonBookingRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(EVENT_BUS) private readonly bus: EventBus,
  ) {}

  /** Her name, and her birth date only where it still matches her NIK (INVALID_NIK otherwise). */
  async update(actor: Identity | null, input: UpdateFamilyMemberInput, now = new Date()): Promise<FamilyMemberEntity> {
    const applicantId = requireApplicant(actor).sub;
    const member = await this.dataSource.transaction(async (manager) => {
      const current = await this.ownEntry(manager, input.id, applicantId);
      const details = correctedDetails(current, input);
      if (!details) throw new DomainError('BAD_USER_INPUT', message('family.nothingToChange'));
      const verdict = judgePersonDetails(details, now);
      if (!verdict.ok) throw new DomainError(verdict.code, verdict.message, verdict.details);
      const corrected = { fullName: verdict.fullName, birthDate: details.birthDate };
      await this.familyMembers.correct(manager, current.id, corrected);
      // Scheduling's priority rules follow her birth date: it learns the corrected one.
      await this.outbox.append(manager, FamilyMemberUpdated, {
        familyMemberId: current.id,
        applicantId,
        ...personFacts(details),
      });
      return Object.assign(current, corrected);
    });
    this.bus.publishLive(liveSubjects.viewer(applicantId));
    return member;
  }

  /**
   * Refused while she has an active booking, as far as identity knows. A booking made at the
   * same moment in scheduling, or whose event has not reached identity yet, is not seen here:
   * scheduling cancels it, with a reason, when FamilyMemberRemoved reaches it, so both services
   * end with her removed and without an active booking.
   */
  async remove(actor: Identity | null, id: string, now = new Date()): Promise<boolean> {
    const applicantId = requireApplicant(actor).sub;
    await this.dataSource.transaction(async (manager) => {
      const member = await this.ownEntry(manager, id, applicantId);
      if (!mayRemoveFamilyMember(await this.bookings.countActive(manager, member.id, now))) {
        throw new DomainError('ACTIVE_BOOKING_EXISTS', message('family.activeBooking'));
      }
      await this.familyMembers.markRemoved(manager, [member.id], now);
      await this.outbox.append(manager, FamilyMemberRemoved, { familyMemberId: member.id, applicantId });
    });
    this.bus.publishLive(liveSubjects.viewer(applicantId));
    return true;
  }

  private async ownEntry(manager: EntityManager, id: string, applicantId: string): Promise<FamilyMemberEntity> {
    const member = await this.familyMembers.lockOnAccount(manager, id, applicantId);
    if (!member) throw new DomainError('NOT_FOUND', message('family.notFound'));
    return member;
  }
}
