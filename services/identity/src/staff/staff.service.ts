import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { message } from '@antrian/messages';
import { Identity } from '@antrian/auth';
import { liveSubjects, OfficerRole } from '@antrian/contracts';
import { EVENT_BUS, EventBus } from '@antrian/messaging';
import { DomainError, requireOfficeManager } from '@antrian/subgraph';
import { SessionsService } from '../sessions/sessions.service';
import { OfficerEntity } from '../officers/officer.entity';
import { OfficerRepository } from '../officers/officer.repository';
import { requireUuid } from '../shared/ids';
import { judgeDeactivation, judgeRoleChange, StaffVerdict } from './staff-policy';

function enforce(verdict: StaffVerdict): void {
  if (!verdict.allowed) throw new DomainError(verdict.code, verdict.reason);
}

/**
 * A supervisor's staff tools (an ADMIN's anywhere): list an office's officers, change an officer's
 * roles, deactivate one who leaves. What changes takes effect at once: AccessRevoked, written in
 * the same transaction, makes every gateway refuse her current access tokens.
 */
@Injectable()
export class StaffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    private readonly officers: OfficerRepository,
    private readonly sessions: SessionsService,
  ) {}

  officersOf(actor: Identity | null, officeId: string): Promise<OfficerEntity[]> {
    requireOfficeManager(actor, requireUuid(officeId, 'office'));
    return this.officers.findByOffice(officeId);
  }

  /**
   * She can no longer sign in or renew a session, and her access tokens stop at once. Deactivating
   * her again changes nothing.
   */
  async deactivate(actor: Identity | null, officerId: string, now = new Date()): Promise<OfficerEntity> {
    requireUuid(officerId, 'officer');
    const officer = await this.dataSource.transaction(async (manager) => {
      const target = await this.officers.findForUpdate(manager, officerId);
      if (!target) return null;
      enforce(judgeDeactivation(actor, target));
      if (target.deactivatedAt) return target;
      await this.officers.deactivate(manager, target.id, now);
      await this.sessions.endAll(manager, { kind: 'officer', id: target.id }, now);
      return { ...target, deactivatedAt: now };
    });
    if (!officer) throw new DomainError('NOT_FOUND', message('identity.noSuchOfficer'));
    this.bus.publishLive(liveSubjects.viewer(officer.id));
    return officer;
  }

  /** Her sessions go on; the next renewal gives tokens with the new roles, the current ones stop at once. */
  async setRoles(
    actor: Identity | null,
    officerId: string,
    roles: OfficerRole[],
    now = new Date(),
  ): Promise<OfficerEntity> {
    requireUuid(officerId, 'officer');
    const officer = await this.dataSource.transaction(async (manager) => {
      const target = await this.officers.findForUpdate(manager, officerId);
      if (!target) return null;
      enforce(judgeRoleChange(actor, target, roles));
      if (target.deactivatedAt) throw new DomainError('BAD_USER_INPUT', message('identity.officerDeactivated'));
      await this.officers.setRoles(manager, target.id, roles);
      await this.sessions.reissueAll(manager, { kind: 'officer', id: target.id }, now);
      return { ...target, roles };
    });
    if (!officer) throw new DomainError('NOT_FOUND', message('identity.noSuchOfficer'));
    this.bus.publishLive(liveSubjects.viewer(officer.id));
    return officer;
  }
}
