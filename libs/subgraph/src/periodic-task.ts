import { Logger } from '@antrian/logging';
import { safeErrorForLog } from './safe-error';

/**
 * Background upkeep of a service: runs `work` at once and then every `intervalSeconds`, never two
 * runs at a time, logging failures (the next run tries again). `stop` waits for a run under way.
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly name: string,
    private readonly work: () => Promise<void>,
    private readonly logger: Logger,
  ) {}

  start(intervalSeconds: number): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), intervalSeconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.work()
      .catch((error: unknown) => this.logger.error({ error: safeErrorForLog(error) }, `${this.name} failed`))
      .finally(() => (this.running = undefined));
  }
}
