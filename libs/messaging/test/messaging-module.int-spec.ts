import { Inject, Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { serviceDataSourceOptions } from '@antrian/database';
import { defineEvent, EventEnvelope } from '@antrian/contracts';
import { createLogger } from '@antrian/logging';
import { waitFor } from '@antrian/testing';
import {
  EVENT_BUS,
  EventBus,
  InboxService,
  InProcessEventBus,
  MESSAGING_ENTITIES,
  MESSAGING_MIGRATIONS,
  MessagingModule,
  OutboxRelay,
  OutboxService,
} from '../src';
import { createMessagingTestDatabase, MessagingTestDatabase } from './messaging-test-database';

const BookingCreated = defineEvent<{ bookingId: string }>()('scheduling.booking.created', 1);
const logger = createLogger('messaging-module-int-spec', 'silent');

@Injectable()
class BookingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    readonly inbox: InboxService,
    @Inject(EVENT_BUS) readonly bus: EventBus,
  ) {}

  book(bookingId: string): Promise<EventEnvelope> {
    return this.dataSource.transaction((manager) => this.outbox.append(manager, BookingCreated, { bookingId }));
  }
}

@Module({ providers: [BookingsService] })
class BookingsModule {}

describe('MessagingModule', () => {
  let db: MessagingTestDatabase;
  let bus: InProcessEventBus;
  const received: EventEnvelope[] = [];

  const createApp = (relay?: boolean) =>
    NestFactory.createApplicationContext(
      {
        module: class AppModule {},
        imports: [
          TypeOrmModule.forRoot(
            serviceDataSourceOptions({
              url: db.database.url,
              entities: MESSAGING_ENTITIES,
              migrations: MESSAGING_MIGRATIONS,
              applicationName: 'test-messaging-module',
            }),
          ),
          MessagingModule.forRoot({ bus, relay, logger, relayOptions: { pollIntervalMs: 100 } }),
          BookingsModule,
        ],
      },
      { logger: false },
    );

  beforeAll(async () => {
    db = await createMessagingTestDatabase('messaging_module');
    bus = new InProcessEventBus(logger);
    await bus.consume({
      durable: 'observer',
      subjects: [BookingCreated.subject],
      handler: async (envelope) => {
        received.push(envelope);
      },
    });
  });

  afterAll(async () => {
    await bus?.close();
    await db?.drop();
  });

  it('provides the bus, outbox and inbox, and runs the relay from bootstrap to shutdown', async () => {
    const start = jest.spyOn(OutboxRelay.prototype, 'start');
    const stop = jest.spyOn(OutboxRelay.prototype, 'stop');
    const app = await createApp();
    try {
      expect(start).toHaveBeenCalledTimes(1);
      const bookings = app.get(BookingsService);
      expect(bookings.bus).toBe(bus);
      expect(bookings.inbox).toBeInstanceOf(InboxService);
      const published = await bookings.book('b-1');
      await waitFor(() => (received.some((e) => e.id === published.id) ? true : undefined), 5000, 'the relay');
      expect(stop).not.toHaveBeenCalled();
    } finally {
      await app.close();
    }
    expect(stop).toHaveBeenCalledTimes(1);
    start.mockRestore();
    stop.mockRestore();
    // The bus belongs to whoever created it: closing the application leaves it open.
    await expect(bus.subscribeLive('counter.live.>', () => undefined)).resolves.toBeInstanceOf(Function);
  });

  it('runs no relay when told not to', async () => {
    const app = await createApp(false);
    try {
      expect(() => app.get(OutboxRelay)).toThrow();
      expect(app.get(OutboxService)).toBeInstanceOf(OutboxService);
    } finally {
      await app.close();
    }
  });
});
