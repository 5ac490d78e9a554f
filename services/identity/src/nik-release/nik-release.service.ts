import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Identity } from '@antrian/auth';
import { FamilyMemberRemoved, liveSubjects, NikReleased } from '@antrian/contracts';
import { lockUntilTransactionEnds } from '@antrian/database';
import { Logger } from '@antrian/logging';
import { EVENT_BUS, EventBus, OutboxService } from '@antrian/messaging';
import { DomainError } from '@antrian/subgraph';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ApplicantRepository } from '../applicants/applicant.repository';
import { SessionsService } from '../sessions/sessions.service';
import { FamilyMemberEntity } from '../family-members/family-member.entity';
import { FamilyMemberRepository } from '../family-members/family-member.repository';
import { IDENTITY_LOGGER } from '../identity.tokens';
import { MAILER, Mailer, MailNotice } from '../mail/mailer.port';
import { NikReleaseEntity } from './nik-release.entity';
import { NikReleaseRepository } from './nik-release.repository';
import { judgeNikRelease } from './nik-release-rules';

/** What a release did, for telling the holder once it is committed. */
interface Released {
  release: NikReleaseEntity;
  /** The account holder to tell: the closed account itself, or the removed entry's holder. */
  holder: ApplicantEntity;
  notice: MailNotice;
}

/**
 * A SUPERVISOR or ADMIN who has seen the owner's identity card releases her NIK from whoever holds
 * it, so that she can register: an account holding it as its own is closed (no more sign-in, every
 * session ended, its family entries removed with it), a family entry holding it is removed. An
 * audit record, NikReleased (scheduling cancels the active bookings) and AccessRevoked commit with
 * the change; the holder is told by her viewerChanged live message and through the mail port.
 */
@Injectable()
export class NikReleaseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(IDENTITY_LOGGER) private readonly logger: Logger,
    private readonly applicants: ApplicantRepository,
    private readonly familyMembers: FamilyMemberRepository,
    private readonly releases: NikReleaseRepository,
    private readonly sessions: SessionsService,
    private readonly outbox: OutboxService,
  ) {}

  /** True once released; false when no account or family entry held the NIK (its owner can register already). */
  async release(actor: Identity | null, nik: string, reason: string, now = new Date()): Promise<boolean> {
    const verdict = judgeNikRelease(actor, nik, reason);
    if (!verdict.allowed) throw new DomainError(verdict.code, verdict.message);
    const releasedBy = actor!.sub;
    const released = await this.dataSource.transaction(async (manager) => {
      // The NIK's own lock (the one the one-NIK trigger takes): no registration or family entry
      // takes it while it is being released.
      await lockUntilTransactionEnds(manager, 'identity.nik', nik);
      const account = await this.applicants.findOpenByNik(nik, manager);
      if (account) return this.closeAccount(manager, account, releasedBy, verdict.reason, now);
      const member = await this.familyMembers.findPresentByNik(manager, nik);
      if (member) return this.removeEntry(manager, member, releasedBy, verdict.reason, now);
      return null;
    });
    if (!released) return false;
    // The NIK stays out of the log: the audit record names the account or entry.
    this.logger.info(
      {
        releaseId: released.release.id,
        releasedBy,
        personKind: released.release.personKind,
        personId: released.release.personId,
        applicantId: released.release.applicantId,
      },
      'NIK released',
    );
    this.bus.publishLive(liveSubjects.viewer(released.holder.id));
    await this.tell(released);
    return true;
  }

  private async closeAccount(
    manager: EntityManager,
    account: ApplicantEntity,
    releasedBy: string,
    reason: string,
    now: Date,
  ): Promise<Released> {
    await this.applicants.close(manager, account.id, now);
    await this.sessions.endAll(manager, { kind: 'applicant', id: account.id }, now);
    // Its family entries go with it: nobody books for them through a closed account, and their
    // owners may need their NIKs for an account or a family of their own.
    const entries = await this.familyMembers.findPresentOnAccount(manager, account.id);
    await this.familyMembers.markRemoved(
      manager,
      entries.map((entry) => entry.id),
      now,
    );
    for (const entry of entries) {
      await this.outbox.append(manager, FamilyMemberRemoved, { familyMemberId: entry.id, applicantId: account.id });
    }
    const release = await this.record(manager, {
      releasedAt: now,
      releasedBy,
      reason,
      personKind: 'APPLICANT',
      personId: account.id,
      applicantId: account.id,
    });
    return { release, holder: { ...account, closedAt: now }, notice: { kind: 'ACCOUNT_CLOSED', reason } };
  }

  private async removeEntry(
    manager: EntityManager,
    member: FamilyMemberEntity,
    releasedBy: string,
    reason: string,
    now: Date,
  ): Promise<Released> {
    await this.familyMembers.markRemoved(manager, [member.id], now);
    await this.outbox.append(manager, FamilyMemberRemoved, {
      familyMemberId: member.id,
      applicantId: member.applicantId,
    });
    const release = await this.record(manager, {
      releasedAt: now,
      releasedBy,
      reason,
      personKind: 'FAMILY_MEMBER',
      personId: member.id,
      applicantId: member.applicantId,
    });
    const holder = (await this.applicants.findById(member.applicantId, manager))!;
    return { release, holder, notice: { kind: 'FAMILY_MEMBER_REMOVED', familyMemberId: member.id, reason } };
  }

  /** The audit record and NikReleased, in the release's transaction. */
  private async record(manager: EntityManager, release: Omit<NikReleaseEntity, 'id'>): Promise<NikReleaseEntity> {
    const recorded = await this.releases.record(manager, release);
    await this.outbox.append(manager, NikReleased, {
      personId: release.personId,
      personKind: release.personKind,
      applicantId: release.applicantId,
      reason: release.reason,
    });
    return recorded;
  }

  /** Best effort: the release stands whether or not the mail service takes the notice. */
  private async tell({ holder, notice, release }: Released): Promise<void> {
    try {
      await this.mailer.send({ to: holder.email, applicantId: holder.id, notice });
    } catch (error) {
      this.logger.warn(
        {
          releaseId: release.id,
          applicantId: holder.id,
          message: error instanceof Error ? error.message : String(error),
        },
        'the NIK release notice could not be mailed',
      );
    }
  }
}
