import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventEnvelope } from '@antrian/contracts';
import { DeadLetterReason } from './dead-letter-event.entity';

export interface DeadLetter {
  id: string;
  consumer: string;
  envelope: EventEnvelope;
  reason: DeadLetterReason;
  attempts: number;
}

interface DeadLetterRow {
  id: string;
  consumer: string;
  envelope: EventEnvelope;
  reason: DeadLetterReason;
  attempts: number;
}

/** Longest error text kept: enough for a message and the first lines of a stack. */
const MAX_ERROR_LENGTH = 2000;

/**
 * The service's dead-letter table (`dead_letter_event`). `countOpen()` is the figure a metric or
 * an alert reads: events that wait for an operator (or, for an unknown version, an upgrade).
 */
@Injectable()
export class DeadLetterRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Keeps the event for `consumer` (once: a second failure of the same event updates its row and
   * opens it again). Returns whether it is new, so the caller logs it only once.
   */
  async record(consumer: string, envelope: EventEnvelope, reason: DeadLetterReason, error: string, attempts: number) {
    const rows: { inserted: boolean }[] = await this.dataSource.query(
      `INSERT INTO dead_letter_event (consumer, event_id, subject, version, envelope, reason, error, attempts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (consumer, event_id) DO UPDATE
          SET reason = EXCLUDED.reason, error = EXCLUDED.error,
              attempts = dead_letter_event.attempts + 1, last_failed_at = now(),
              replay_requested_at = NULL, resolved_at = NULL
       RETURNING (xmax = 0) AS inserted`,
      [
        consumer,
        envelope.id,
        envelope.subject,
        envelope.version,
        JSON.stringify(envelope),
        reason,
        error.slice(0, MAX_ERROR_LENGTH),
        attempts,
      ],
    );
    return rows[0]?.inserted ?? false;
  }

  /** Dead letters not resolved yet, of every consumer of this service (or one). */
  async countOpen(consumer?: string): Promise<number> {
    const [{ count }]: { count: string }[] = await this.dataSource.query(
      `SELECT count(*) FROM dead_letter_event WHERE resolved_at IS NULL AND ($1::text IS NULL OR consumer = $1)`,
      [consumer ?? null],
    );
    return Number(count);
  }

  /** What `consumer` should try again now: replays an operator asked for, and (`withParked`) unknown versions. */
  async dueForReplay(consumer: string, withParked: boolean, limit = 100): Promise<DeadLetter[]> {
    const rows: DeadLetterRow[] = await this.dataSource.query(
      `SELECT id, consumer, envelope, reason, attempts FROM dead_letter_event
        WHERE consumer = $1 AND resolved_at IS NULL
          AND (replay_requested_at IS NOT NULL OR ($2 AND reason = 'unknown_version'))
        ORDER BY id LIMIT $3`,
      [consumer, withParked, limit],
    );
    return rows;
  }

  async resolve(id: string): Promise<void> {
    await this.dataSource.query('UPDATE dead_letter_event SET resolved_at = now() WHERE id = $1', [id]);
  }

  /**
   * A replay that failed again: kept open with the new error (without one, the error it had), not
   * retried until asked again.
   */
  async failedAgain(id: string, error?: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE dead_letter_event
          SET error = COALESCE($2, error), attempts = attempts + 1, last_failed_at = now(), replay_requested_at = NULL
        WHERE id = $1`,
      [id, error?.slice(0, MAX_ERROR_LENGTH) ?? null],
    );
  }
}
