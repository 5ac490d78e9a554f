import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { message } from '@antrian/messages';
import { Identity } from '@antrian/auth';
import { ServiceKind, SessionAdded } from '@antrian/contracts';
import { OutboxService } from '@antrian/messaging';
import { DomainError, isCalendarDate, requireOfficeManager } from '@antrian/subgraph';
import { violatedUniqueConstraint } from '@antrian/database';
import { CalendarRepository } from '../calendar/calendar.repository';
import { datesBetween, daysBetween, localDate } from '../calendar/local-time';
import { isWorkingDay } from '../calendar/office-calendar';
import { OfficeEntity } from '../offices/office.entity';
import { OfficesService } from '../offices/offices.service';
import { SCHEDULING_CONFIG, SchedulingConfig } from '../config/scheduling.config';
import { AddSessionInput } from './add-session.input';
import { newSessionProblem } from './new-session-rules';
import { SessionEntity } from './session.entity';
import { SessionRepository } from './session.repository';

/** The longest range one availability query may ask for. */
export const MAX_AVAILABILITY_DAYS = 62;

export interface DayAvailability {
  date: string;
  open: boolean;
  sessions: SessionEntity[];
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offices: OfficesService,
    private readonly sessions: SessionRepository,
    private readonly calendars: CalendarRepository,
    private readonly outbox: OutboxService,
    @Inject(SCHEDULING_CONFIG) private readonly config: SchedulingConfig,
  ) {}

  /** One-off sessions (special service days, same-day extras) are bookable at once. */
  async add(actor: Identity | null, input: AddSessionInput, now = new Date()): Promise<SessionEntity> {
    requireOfficeManager(actor, input.officeId);
    const office = await this.offices.get(input.officeId);
    const problem = newSessionProblem(
      { startsAt: input.startsAt, endsAt: input.endsAt, timeZone: office.timeZone },
      now,
      this.config.SESSION_MAX_DAYS_AHEAD,
    );
    if (problem) throw new DomainError('BAD_USER_INPUT', problem);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const session = await this.sessions.insert(manager, {
          officeId: office.id,
          localDate: localDate(input.startsAt, office.timeZone),
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          capacity: input.capacity,
          booked: 0,
          bookableFrom: now,
          source: 'EXTRA',
          services: input.services?.length ? input.services : null,
          cancelReason: null,
          cancelledAt: null,
        });
        await this.outbox.append(manager, SessionAdded, {
          sessionId: session.id,
          officeId: office.id,
          startsAt: session.startsAt.toISOString(),
          endsAt: session.endsAt.toISOString(),
          capacity: session.capacity,
        });
        return session;
      });
    } catch (error) {
      if (violatedUniqueConstraint(error) !== undefined) {
        throw new DomainError('BAD_USER_INPUT', message('scheduling.sessionExists'));
      }
      throw error;
    }
  }

  /** Public: every day of the range with its sessions and exact remaining places. */
  async availability(
    office: OfficeEntity,
    from: string,
    to: string,
    service?: ServiceKind | null,
  ): Promise<DayAvailability[]> {
    if (!isCalendarDate(from) || !isCalendarDate(to) || to < from) {
      throw new DomainError('BAD_USER_INPUT', message('scheduling.badDateRange'));
    }
    if (daysBetween(from, to) >= MAX_AVAILABILITY_DAYS) {
      throw new DomainError('BAD_USER_INPUT', message('scheduling.tooManyDays', { days: MAX_AVAILABILITY_DAYS }));
    }
    const [sessions, holidays] = await Promise.all([
      this.sessions.inRange(office.id, from, to, service),
      this.calendars.holidays(office.id, from, to),
    ]);
    const byDate = new Map<string, SessionEntity[]>();
    for (const session of sessions) byDate.set(session.localDate, [...(byDate.get(session.localDate) ?? []), session]);
    return datesBetween(from, to).map((date) => ({
      date,
      open: isWorkingDay(date, holidays) || (byDate.get(date)?.length ?? 0) > 0,
      sessions: byDate.get(date) ?? [],
    }));
  }
}
