import { domainMetrics } from '@antrian/observability';
import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@antrian/auth';
import { PriorityGroup } from '@antrian/contracts';
import { message } from '@antrian/messages';
import { DomainError, requireOfficeManager, requireOfficeOfficer } from '@antrian/subgraph';
import { COUNTER_CONFIG, CounterConfig } from '../../config/counter.config';
import { LiveUpdatesService } from '../../live/live-updates.service';
import { OfficeCopyEntity } from '../../replica/office-copy.entity';
import { localDate } from '../../shared/local-time';
import { IssueLimits, PriorityWalkInCapReached, TicketIssuer, WalkInCapReached } from '../issuing/ticket-issuer';
import { laneFor } from '../issuing/ticket-number';
import { TicketTallyRepository } from '../issuing/ticket-tally.repository';
import { TicketEntity } from '../tickets/ticket.entity';
import { WalkInCapRepository } from './walk-in-cap.repository';
import { remainingUnder, WalkInCapChange, walkInCapChangeProblem } from './walk-in-quota';

export interface WalkInQuota {
  officeId: string;
  date: string;
  /** Walk-ins without a priority group (lane W). */
  cap: number;
  issued: number;
  remaining: number;
  /** Priority walk-ins (lane P), on their own quota. */
  priorityCap: number;
  priorityIssued: number;
  priorityRemaining: number;
}

/** Tickets without a booking, under the office's daily caps. */
@Injectable()
export class WalkInsService {
  constructor(
    @Inject(COUNTER_CONFIG) private readonly config: CounterConfig,
    private readonly issuer: TicketIssuer,
    private readonly caps: WalkInCapRepository,
    private readonly tallies: TicketTallyRepository,
    private readonly live: LiveUpdatesService,
  ) {}

  /**
   * Somebody without a booking. Without a priority group: lane W, under the office's walk-in cap.
   * With one: lane P (numbered with the booked priority tickets, and called first like them), under
   * the office's separate daily quota of priority walk-ins, which leaves the W cap untouched.
   */
  async issueWalkIn(
    actor: Identity | null,
    officeId: string,
    priority: PriorityGroup | null,
    now = new Date(),
  ): Promise<TicketEntity> {
    requireOfficeOfficer(actor, officeId);
    const office = await this.issuer.office(officeId);
    const caps = await this.walkInCapsOf(officeId);
    const lane = laneFor({ walkIn: true, priority });
    const limits: IssueLimits = lane === 'P' ? { priorityWalkInCap: caps.priorityCap } : { laneCap: caps.cap };
    try {
      const ticket = await this.issuer.issue(office, lane, limits, now, {
        bookingId: null,
        applicantId: null,
        priority,
        sessionStartsAt: null,
        issuedByDeviceId: null,
      });
      domainMetrics.checkedIn('walk_in');
      this.live.changed(office.id, { tickets: [ticket.id], stages: [ticket.stage] });
      return ticket;
    } catch (error) {
      if (error instanceof WalkInCapReached) {
        throw new DomainError('BAD_USER_INPUT', message('counterFloor.walkIn.capReached', { cap: caps.cap }), {
          cap: caps.cap,
        });
      }
      if (error instanceof PriorityWalkInCapReached) {
        throw new DomainError(
          'BAD_USER_INPUT',
          message('counterFloor.walkIn.priorityCapReached', { cap: caps.priorityCap }),
          { cap: caps.priorityCap },
        );
      }
      throw error;
    }
  }

  /** Sets the walk-in cap, the priority walk-in cap or both; a cap left out stays as it is. */
  async setWalkInCap(
    actor: Identity | null,
    officeId: string,
    change: WalkInCapChange,
    now = new Date(),
  ): Promise<WalkInQuota> {
    const supervisor = requireOfficeManager(actor, officeId);
    const problem = walkInCapChangeProblem(change);
    if (problem) throw new DomainError('BAD_USER_INPUT', problem);
    const office = await this.issuer.office(officeId);
    await this.caps.setWalkInCaps(
      office.id,
      { cap: change.cap ?? null, priorityCap: change.priorityCap ?? null },
      supervisor.sub,
    );
    return this.quota(office, now);
  }

  async walkInQuota(actor: Identity | null, officeId: string, now = new Date()): Promise<WalkInQuota> {
    requireOfficeOfficer(actor, officeId);
    return this.quota(await this.issuer.office(officeId), now);
  }

  /** The office's caps, each its supervisor's or else the configured default. */
  private async walkInCapsOf(officeId: string): Promise<{ cap: number; priorityCap: number }> {
    const set = await this.caps.walkInCaps(officeId);
    return {
      cap: set.cap ?? this.config.WALK_IN_DEFAULT_CAP,
      priorityCap: set.priorityCap ?? this.config.PRIORITY_WALK_IN_DEFAULT_CAP,
    };
  }

  private async quota(office: OfficeCopyEntity, now: Date): Promise<WalkInQuota> {
    const date = localDate(now, office.timeZone);
    const [caps, issued, priorityIssued] = await Promise.all([
      this.walkInCapsOf(office.id),
      this.tallies.issued(office.id, 'W', date),
      this.tallies.priorityWalkInsIssued(office.id, date),
    ]);
    return {
      officeId: office.id,
      date,
      cap: caps.cap,
      issued,
      remaining: remainingUnder(caps.cap, issued),
      priorityCap: caps.priorityCap,
      priorityIssued,
      priorityRemaining: remainingUnder(caps.priorityCap, priorityIssued),
    };
  }
}
