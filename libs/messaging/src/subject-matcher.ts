import { StreamDefinition } from '@antrian/contracts';

/**
 * NATS subject matching, so that the in-process bus and code-side filtering behave exactly like
 * the server: `*` matches one token, `>` one or more trailing tokens. `subject` may itself hold
 * wildcards, which makes this a subset test (`scheduling.*.*` covers `scheduling.booking.*`, and
 * `*` never covers `>`).
 */
export function subjectMatches(pattern: string, subject: string): boolean {
  const wanted = pattern.split('.');
  const given = subject.split('.');
  for (let index = 0; index < wanted.length; index++) {
    const token = wanted[index];
    if (token === '>') return given.length > index;
    if (index >= given.length) return false;
    if (given[index] === '>') return false;
    if (token !== '*' && token !== given[index]) return false;
  }
  return wanted.length === given.length;
}

/** The stream that stores `subject`; both adapters refuse subjects no stream would store. */
export function findStream(streams: readonly StreamDefinition[], subject: string): StreamDefinition {
  const stream = streams.find((candidate) => candidate.subjects.some((pattern) => subjectMatches(pattern, subject)));
  if (!stream) {
    throw new Error(`No stream stores subject "${subject}" (streams: ${streams.map((s) => s.name).join(', ')})`);
  }
  return stream;
}

/** JetStream's rule for durable names, enforced by the in-process bus too so mistakes show locally. */
export function assertDurableName(durable: string): void {
  if (!/^[A-Za-z0-9_-]+$/.test(durable)) {
    throw new Error(`Invalid durable consumer name "${durable}": use letters, digits, "-" and "_" only`);
  }
}
