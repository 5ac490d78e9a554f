/** A handler that ran past its deadline: the bus asks for the event again later. */
export class HandlerDeadlineError extends Error {
  constructor(readonly deadlineMs: number) {
    super(`the event handler did not finish within ${deadlineMs} ms`);
    this.name = 'HandlerDeadlineError';
  }
}

/**
 * `work`, or a HandlerDeadlineError once `deadlineMs` have passed. The work itself goes on (its
 * database statements have their own timeouts, and the inbox makes a late second run harmless);
 * the consumer moves on and the event is delivered again, instead of JetStream's ack wait running
 * out while the handler still holds the event.
 */
export async function withinDeadline<T>(work: Promise<T>, deadlineMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new HandlerDeadlineError(deadlineMs)), deadlineMs);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The handler deadline for an ack wait: the one asked for, else four fifths of the ack wait,
 * and never at or above it (JetStream would redeliver the event while its handler still ran).
 */
export function handlerDeadlineFor(ackWaitMs: number, requestedMs?: number): number {
  const ceiling = Math.max(ackWaitMs - 1000, Math.floor(ackWaitMs * 0.8));
  return Math.min(requestedMs ?? Math.floor(ackWaitMs * 0.8), ceiling);
}
