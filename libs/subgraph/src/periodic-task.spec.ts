import { createLogger } from '@antrian/logging';
import { PeriodicTask } from './periodic-task';

describe('PeriodicTask', () => {
  it('runs at once, never twice at a time, goes on after a failure, and stop waits for the run', async () => {
    let runs = 0;
    let inFlight = 0;
    let maxInFlight = 0;
    const task = new PeriodicTask(
      'test',
      async () => {
        runs += 1;
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 30));
        inFlight -= 1;
        if (runs === 1) throw new Error('first run fails');
      },
      createLogger('test', 'silent'),
    );
    task.start(0.01);
    expect(runs).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 120));
    await task.stop();
    const stoppedAt = runs;
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(maxInFlight).toBe(1);
    expect(inFlight).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs).toBe(stoppedAt);
  });
});
