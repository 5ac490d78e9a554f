import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventDefinition, EventEnvelope } from '@antrian/contracts';
import { currentTraceHeaders } from '@antrian/observability';

/** The channel `append` notifies on commit, so the relay publishes at once instead of at its next poll. */
export const OUTBOX_CHANNEL = 'outbox_event';

/**
 * An event made ready, from its typed contract, for a statement that inserts it itself (a booking
 * in one round trip: its row, its seat and its event): the envelope the relay will publish, and
 * the `outbox_event` columns in order: id, subject, version, payload (JSON text), occurred_at.
 * That statement must also `pg_notify(OUTBOX_CHANNEL, '')`, as `append` does.
 */
export interface PreparedOutboxEvent<P> {
  envelope: EventEnvelope<P>;
  columns: [id: string, subject: string, version: number, payload: string, occurredAt: string];
}

export function prepareOutboxEvent<P>(definition: EventDefinition<P>, payload: NoInfer<P>): PreparedOutboxEvent<P> {
  const envelope: EventEnvelope<P> = {
    id: randomUUID(),
    subject: definition.subject,
    version: definition.version,
    occurredAt: new Date().toISOString(),
    payload,
  };
  return {
    envelope,
    columns: [envelope.id, envelope.subject, envelope.version, JSON.stringify(payload), envelope.occurredAt],
  };
}

@Injectable()
export class OutboxService {
  /**
   * Records an event in the caller's transaction: it is published if and only if that
   * transaction commits. Returns the envelope the relay will publish.
   */
  async append<P>(
    manager: EntityManager,
    definition: EventDefinition<P>,
    payload: NoInfer<P>,
  ): Promise<EventEnvelope<P>> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(
        `OutboxService.append(${definition.subject}) needs the EntityManager of the transaction that makes the change`,
      );
    }
    const { envelope, columns } = prepareOutboxEvent(definition, payload);
    // The trace of the change, so that the relay's publish (and every consumer) continues it.
    const traceContext = currentTraceHeaders();
    // NOTIFY inside a transaction is delivered on commit and dropped on rollback, like the row.
    await manager.query(
      `WITH appended AS (
         INSERT INTO outbox_event (id, subject, version, payload, occurred_at, trace_context)
         VALUES ($1, $2, $3, $4, $5, $7)
         RETURNING position
       )
       SELECT pg_notify($6, '') FROM appended`,
      [...columns, OUTBOX_CHANNEL, traceContext ? JSON.stringify(traceContext) : null],
    );
    return envelope;
  }
}
