import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { TicketNoShow } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { OutboxService } from '@antrian/messaging';
import { PeriodicTask } from '@antrian/subgraph';
import { COUNTER_CONFIG, COUNTER_LOGGER, CounterConfig } from '../config/counter.config';
import { CounterRepository } from '../counters/counter.repository';
import { LiveUpdatesService } from '../live/live-updates.service';
import { TicketRepository } from '../tickets/tickets/ticket.repository';
import { UnitOfWork } from '../shared/unit-of-work';

const SWEEP_BATCH = 500;

/**
 * Closes each office's day after the fact, on every replica at once: tickets of an earlier local
 * day that never reached DONE become no-shows (announced, so scheduling frees the applicant to
 * book again instead of holding a CHECKED_IN booking forever), and counters left open close.
 */
@Injectable()
export class EndOfDayJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly task: PeriodicTask;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    @Inject(COUNTER_CONFIG) private readonly config: CounterConfig,
    @Inject(COUNTER_LOGGER) private readonly logger: Logger,
    private readonly tickets: TicketRepository,
    private readonly counters: CounterRepository,
    private readonly outbox: OutboxService,
    private readonly live: LiveUpdatesService,
  ) {
    this.task = new PeriodicTask(
      'end-of-day sweep',
      async () => {
        const swept = await this.sweep();
        if (swept) this.logger.info({ swept }, 'closed past days: unfinished tickets marked as no-shows');
      },
      logger,
    );
  }

  onApplicationBootstrap(): void {
    this.task.start(this.config.MAINTENANCE_INTERVAL_SECONDS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }

  /** Returns the number of tickets swept. */
  async sweep(now = new Date()): Promise<number> {
    const offices = new Set<string>();
    let total = 0;
    for (;;) {
      const swept = await this.unitOfWork.run(async (manager) => {
        const stale = await this.tickets.sweepPastDays(manager, now, SWEEP_BATCH);
        for (const ticket of stale) {
          offices.add(ticket.officeId);
          await this.outbox.append(manager, TicketNoShow, {
            ticketId: ticket.id,
            bookingId: ticket.bookingId,
            officeId: ticket.officeId,
            markedAt: now.toISOString(),
          });
        }
        return stale.length;
      });
      total += swept;
      if (swept < SWEEP_BATCH) break;
    }
    for (const officeId of await this.counters.closeLeftOpen(this.unitOfWork.outside, now)) offices.add(officeId);
    for (const officeId of offices) this.live.changed(officeId);
    return total;
  }
}
