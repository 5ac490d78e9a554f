import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { lockUntilTransactionEnds } from '@antrian/database';
import { SCHEDULING_CONFIG, SchedulingConfig } from '../config/scheduling.config';
import { OfficeEntity } from '../offices/office.entity';
import { OfficeRepository } from '../offices/office.repository';
import { CalendarRepository } from './calendar.repository';
import { addDays, localDate } from './local-time';
import { planSessions } from './office-calendar';

@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SCHEDULING_CONFIG) private readonly config: SchedulingConfig,
    private readonly calendars: CalendarRepository,
    private readonly offices: OfficeRepository,
  ) {}

  /** Brings an office's sessions in line with its template, holidays and rules, up to the horizon. */
  async extend(office: OfficeEntity, now = new Date(), manager?: EntityManager): Promise<void> {
    const run = async (tx: EntityManager) => {
      // One office's calendar is rebuilt by one transaction at a time (replicas, timers, mutations).
      await lockUntilTransactionEnds(tx, 'scheduling.calendar', office.id);
      const from = localDate(now, office.timeZone);
      const to = addDays(from, this.config.SESSION_HORIZON_DAYS);
      // The previous month's holidays matter too: they move a monthly release day.
      const holidays = await this.calendars.holidays(office.id, addDays(from, -31), to, tx);
      const template = await this.calendars.template(office.id, tx);
      const planned = planSessions(template, { from, to }, office.timeZone, holidays, {
        mode: office.releaseMode,
        daysAhead: office.releaseDaysAhead,
        time: office.releaseTime,
      });
      await this.calendars.applyPlan(tx, office.id, { from, to }, planned, now);
    };
    if (manager) await run(manager);
    else await this.dataSource.transaction(run);
  }

  async extendAll(now = new Date()): Promise<void> {
    for (const office of await this.offices.list()) await this.extend(office, now);
  }
}
