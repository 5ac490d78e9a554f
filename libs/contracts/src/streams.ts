/**
 * Durable JetStream streams, one per producing service. Event subjects have exactly three tokens
 * (`<service>.<aggregate>.<event>`), so `<service>.*.*` captures them and never the live subjects
 * (`<service>.live.<kind>.<id>`, four tokens), which stay on plain NATS.
 */
export interface StreamDefinition {
  name: string;
  subjects: string[];
}

export const STREAMS: readonly StreamDefinition[] = [
  { name: 'IDENTITY', subjects: ['identity.*.*'] },
  { name: 'SCHEDULING', subjects: ['scheduling.*.*'] },
  { name: 'COUNTER', subjects: ['counter.*.*'] },
];

export function streamForSubject(subject: string): StreamDefinition | undefined {
  const service = subject.split('.')[0];
  return STREAMS.find((stream) => stream.subjects[0].startsWith(`${service}.`));
}
