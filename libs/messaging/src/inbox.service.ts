import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope } from '@antrian/contracts';
import { DeadLetterRepository } from './dead-letter.repository';

@Injectable()
export class InboxService {
  /** The same database's dead letters, where a consumer keeps what it could not apply. */
  readonly deadLetters: DeadLetterRepository;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.deadLetters = new DeadLetterRepository(dataSource);
  }

  /**
   * Runs `handler` and records `envelope.id` for `consumer` in one transaction, unless the id is
   * already recorded. Returns whether the handler ran. The handler must write through the given
   * manager, so its effects and the record commit or roll back together.
   *
   * Two deliveries of one event at the same time are safe: the second insert waits on the first
   * one's primary key until that transaction ends, then does nothing if it committed, or goes on
   * (and runs the handler) if it rolled back.
   */
  handleOnce(
    consumer: string,
    envelope: EventEnvelope,
    handler: (manager: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        'INSERT INTO inbox_event (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id',
        [consumer, envelope.id],
      );
      if (inserted.length === 0) return false;
      await handler(manager);
      return true;
    });
  }
}
