import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BookingMarkedNoShow } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { OutboxService } from '@antrian/messaging';
import { PeriodicTask } from '@antrian/subgraph';
import { BookingRepository } from '../bookings/booking.repository';
import { CalendarService } from '../calendar/calendar.service';
import { SCHEDULING_CONFIG, SCHEDULING_LOGGER, SchedulingConfig } from '../config/scheduling.config';

const SWEEP_BATCH = 500;

/**
 * Background upkeep, safe on every replica at once: extends each office's calendar to the horizon
 * and marks bookings whose office-local day has passed without a check-in as NO_SHOW.
 */
@Injectable()
export class MaintenanceService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly task: PeriodicTask;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SCHEDULING_CONFIG) private readonly config: SchedulingConfig,
    @Inject(SCHEDULING_LOGGER) private readonly logger: Logger,
    private readonly calendar: CalendarService,
    private readonly bookings: BookingRepository,
    private readonly outbox: OutboxService,
  ) {
    this.task = new PeriodicTask('maintenance', () => this.runOnce(), logger);
  }

  onApplicationBootstrap(): void {
    this.task.start(this.config.MAINTENANCE_INTERVAL_SECONDS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }

  async runOnce(now = new Date()): Promise<void> {
    await this.calendar.extendAll(now);
    const swept = await this.sweepNoShows(now);
    if (swept) this.logger.info({ swept }, 'marked past bookings as no-shows');
  }

  async sweepNoShows(now = new Date()): Promise<number> {
    let total = 0;
    for (;;) {
      const swept = await this.dataSource.transaction(async (manager) => {
        const overdue = await this.bookings.lockOverdue(manager, now, SWEEP_BATCH);
        for (const booking of overdue) {
          await this.bookings.transition(manager, booking.id, ['BOOKED'], 'NO_SHOW');
          await this.outbox.append(manager, BookingMarkedNoShow, {
            bookingId: booking.id,
            officeId: booking.officeId,
            bookingVersion: await this.bookings.versionOf(manager, booking.id),
          });
        }
        return overdue.length;
      });
      total += swept;
      if (swept < SWEEP_BATCH) return total;
    }
  }
}
