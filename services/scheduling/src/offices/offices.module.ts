import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarRepository } from '../calendar/calendar.repository';
import { CalendarService } from '../calendar/calendar.service';
import { SessionRepository } from '../sessions/session.repository';
import { SessionsResolver } from '../sessions/sessions.resolver';
import { SessionsService } from '../sessions/sessions.service';
import { HolidayEntity } from './holiday.entity';
import { OfficeEntity } from './office.entity';
import { OfficesResolver } from './offices.resolver';
import { OfficesService } from './offices.service';
import { TemplateSlotEntity } from './template-slot.entity';

/** Offices, their calendars and sessions: what the public sees before booking. */
@Module({
  imports: [TypeOrmModule.forFeature([OfficeEntity, HolidayEntity, TemplateSlotEntity])],
  providers: [
    OfficesService,
    OfficesResolver,
    CalendarRepository,
    CalendarService,
    SessionRepository,
    SessionsService,
    SessionsResolver,
  ],
  exports: [OfficesService, CalendarService, SessionRepository],
})
export class OfficesModule {}
