import { HandlerDeadlineError, handlerDeadlineFor, withinDeadline } from './handler-deadline';

describe('handler deadline', () => {
  it('fails a handler that runs past its deadline, in about the deadline', async () => {
    const started = Date.now();
    await expect(withinDeadline(new Promise(() => undefined), 100)).rejects.toBeInstanceOf(HandlerDeadlineError);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("passes a handler's own result and error through", async () => {
    await expect(withinDeadline(Promise.resolve(7), 100)).resolves.toBe(7);
    await expect(withinDeadline(Promise.reject(new Error('own')), 100)).rejects.toThrow('own');
  });

  it('stays below the ack wait, whatever is asked for', () => {
    expect(handlerDeadlineFor(30_000)).toBe(24_000);
    expect(handlerDeadlineFor(30_000, 10_000)).toBe(10_000);
    expect(handlerDeadlineFor(30_000, 60_000)).toBeLessThan(30_000);
    expect(handlerDeadlineFor(2_000, 5_000)).toBeLessThan(2_000);
  });
});
