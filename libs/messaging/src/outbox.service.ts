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
 * the `outbox_event` columns in order: id, subject, version, payload (JSON text), occurred_at,
 * trace_context (JSON text, or null outside a trace). That statement must also
 * `pg_notify(OUTBOX_CHANNEL, '')`, as `append` does.
 */
export interface PreparedOutboxEvent<P> {
  envelope: EventEnvelope<P>;
  columns: [
    id: string,
    subject: string,
    version: number,
    payload: string,
    occurredAt: string,
    traceContext: string | null,
  ];
}

export function prepareOutboxEvent<P>(definition: EventDefinition<P>, payload: NoInfer<P>): PreparedOutboxEvent<P> {
  const envelope: EventEnvelope<P> = {
    id: randomUUID(),
    subject: definition.subject,
    version: definition.version,
    occurredAt: new Date().toISOString(),
    payload,
  };
  // The trace of the change, so that the relay's publish (and every consumer) continues it.
  const traceContext = currentTraceHeaders();
  return {
    envelope,
    columns: [
      envelope.id,
      envelope.subject,
      envelope.version,
      JSON.stringify(payload),
      envelope.occurredAt,
      traceContext ? JSON.stringify(traceContext) : null,
    ],
  };
}

/**
 * The same for a statement that decides some of the payload's fields itself (the ticket a call
 * claims): `known` holds all the others, typed by the contract, so a field added to the contract
 * fails to compile until one side fills it. The statement stores
 * `payload::jsonb || jsonb_build_object(…)` with exactly the fields `K`, making the stored payload
 * a whole `P` (its test holds it against the contract's type); the envelope carries `known` only.
 */
export function prepareOutboxEventWithout<P, K extends keyof P>(
  definition: EventDefinition<P>,
  known: NoInfer<Omit<P, K>>,
): PreparedOutboxEvent<Omit<P, K>> {
  return prepareOutboxEvent<Omit<P, K>>(definition, known);
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
    // NOTIFY inside a transaction is delivered on commit and dropped on rollback, like the row.
    await manager.query(
      `WITH appended AS (
         INSERT INTO outbox_event (id, subject, version, payload, occurred_at, trace_context)
         VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING position
       )
       SELECT pg_notify($7, '') FROM appended`,
      [...columns, OUTBOX_CHANNEL],
    );
    return envelope;
  }
}
