/**
 * Every event that crosses a service boundary is declared once, here, and imported by its
 * producer and its consumers alike: the subject names the fact (`<service>.<aggregate>.<event>`),
 * the version names the payload's shape, and the type parameter is that shape.
 */
export interface EventDefinition<TPayload = unknown, TSubject extends string = string> {
  readonly subject: TSubject;
  readonly version: number;
  /** Never set: carries the payload type for inference. */
  readonly payloadType?: TPayload;
}

export function defineEvent<TPayload>() {
  return <TSubject extends string>(subject: TSubject, version: number): EventDefinition<TPayload, TSubject> => ({
    subject,
    version,
  });
}

export type PayloadOf<D> = D extends EventDefinition<infer P, string> ? P : never;

/** What travels on the bus: ids and facts, never whole graphs. */
export interface EventEnvelope<TPayload = unknown> {
  /** Unique per event; used as `Nats-Msg-Id` and as the inbox key. */
  id: string;
  subject: string;
  version: number;
  /** ISO 8601, UTC. */
  occurredAt: string;
  payload: TPayload;
}

export function isEvent<D extends EventDefinition>(
  envelope: EventEnvelope,
  definition: D,
): envelope is EventEnvelope<PayloadOf<D>> {
  return envelope.subject === definition.subject && envelope.version === definition.version;
}

/** Whether the envelope is one of the given definitions (e.g. an event's versions a consumer reads). */
export function isEventOf<D extends EventDefinition>(
  envelope: EventEnvelope,
  definitions: readonly D[],
): envelope is EventEnvelope<PayloadOf<D>> {
  return definitions.some((definition) => isEvent(envelope, definition));
}
