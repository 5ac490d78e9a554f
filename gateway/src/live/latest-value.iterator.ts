/**
 * An async iterator fed by pushes that keeps only the newest value not yet taken. A live payload
 * is a whole fresh result, so a subscriber whose socket drains slowly skips stale ones instead of
 * queueing them without bound.
 */
export class LatestValueIterator<T> implements AsyncIterableIterator<T> {
  private latest: { value: T } | undefined;
  private waiting: ((result: IteratorResult<T>) => void) | undefined;
  private finished = false;

  /** `onFinish` runs once, whether the consumer stops (`return`) or the producer does (`finish`). */
  constructor(private readonly onFinish: () => void) {}

  push(value: T): void {
    if (this.finished) return;
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) waiting({ value, done: false });
    else this.latest = { value };
  }

  finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.latest = undefined;
    this.waiting?.({ value: undefined, done: true });
    this.waiting = undefined;
    this.onFinish();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.latest) {
      const { value } = this.latest;
      this.latest = undefined;
      return Promise.resolve({ value, done: false });
    }
    if (this.finished) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
