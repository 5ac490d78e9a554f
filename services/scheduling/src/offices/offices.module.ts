import { Module } from '@nestjs/common';
import { CalendarRepository } from '../calendar/calendar.repository';
import { CalendarService } from '../calendar/calendar.service';
import { SessionRepository } from '../sessions/session.repository';
import { SessionsResolver } from '../sessions/sessions.resolver';
import { SessionsService } from '../sessions/sessions.service';
import { OfficeRepository } from './office.repository';
import { OfficesResolver } from './offices.resolver';
import { OfficesService } from './offices.service';

/** Offices, their calendars and sessions: what the public sees before booking. */
@Module({
  providers: [
    OfficeRepository,
    OfficesService,
    OfficesResolver,
    CalendarRepository,
    CalendarService,
    SessionRepository,
    SessionsService,
    SessionsResolver,
  ],
  exports: [OfficesService, OfficeRepository, CalendarService, CalendarRepository, SessionRepository],
})
export class OfficesModule {}
