import { setTimeout as sleep } from 'node:timers/promises';
import { RequestHandler } from 'express';

/**
 * Counts the HTTP requests being answered, so that a stopping gateway can wait for them before
 * it closes anything they need (WebSockets do not count: they are closed on purpose, with 1001).
 */
export class InFlightRequests {
  private count = 0;

  get size(): number {
    return this.count;
  }

  middleware(): RequestHandler {
    return (_request, response, next) => {
      this.count++;
      response.once('close', () => this.count--);
      next();
    };
  }

  /** Resolves once none is left (true), or after `timeoutMs` with some still running (false). */
  async settled(timeoutMs: number, pollMs = 25): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.count > 0) {
      if (Date.now() >= deadline) return false;
      await sleep(pollMs);
    }
    return true;
  }
}
