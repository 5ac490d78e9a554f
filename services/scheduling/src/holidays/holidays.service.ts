import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Identity } from '@antrian/auth';
import { violatedUniqueConstraint } from '@antrian/database';
import { message } from '@antrian/messages';
import { DomainError, requireIdentity } from '@antrian/subgraph';
import { CalendarService } from '../calendar/calendar.service';
import { BookingCancellationsService } from '../cancellations/booking-cancellations.service';
import { mayAddHoliday } from '../cancellations/office-cancellation-rules';
import { OfficesService } from '../offices/offices.service';
import { SessionRepository } from '../sessions/session.repository';
import { AddHolidayInput } from './add-holiday.input';
import { HolidayEntity } from './holiday.entity';
import { HolidayRepository } from './holiday.repository';

/**
 * A national holiday (ADMIN) or one office's closing day (ADMIN, or a SUPERVISOR for her own
 * office). The calendar drops the day's sessions nobody booked; every session of the day still
 * standing is cancelled as `cancelSession` does, with the holiday's name as the reason.
 */
@Injectable()
export class HolidaysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offices: OfficesService,
    private readonly calendar: CalendarService,
    private readonly holidays: HolidayRepository,
    private readonly sessions: SessionRepository,
    private readonly cancellations: BookingCancellationsService,
  ) {}

  async addHoliday(actor: Identity | null, input: AddHolidayInput, now = new Date()): Promise<HolidayEntity> {
    const caller = requireIdentity(actor);
    const officeId = input.officeId ?? null;
    if (!mayAddHoliday(caller, officeId)) throw new DomainError('FORBIDDEN', message('holiday.forbidden'));
    const offices = officeId ? [await this.offices.get(officeId)] : await this.offices.list();
    const reason = input.name.trim();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const holiday = await this.holidays.insert(manager, { officeId, date: input.date, name: reason });
        for (const office of offices) await this.calendar.extend(office, now, manager);
        for (const session of await this.sessions.standingOn(manager, officeId, input.date)) {
          // A session that is over already belongs to the floor's records, not to the holiday.
          if (session.endsAt > now) await this.cancellations.cancelSession(manager, session.id, reason, now);
        }
        return holiday;
      });
    } catch (error) {
      if (violatedUniqueConstraint(error) !== undefined) {
        throw new DomainError('BAD_USER_INPUT', message('scheduling.holidayExists', { date: input.date }));
      }
      throw error;
    }
  }
}
