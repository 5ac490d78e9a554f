import { ExecutionResult, GraphQLError } from 'graphql';
import pino from 'pino';
import { LIVE_SUBJECT_WILDCARD } from '@antrian/contracts';
import type { LiveHandler } from '@antrian/messaging';
import { deferred, Deferred } from '../testing/deferred';
import { LiveQuery } from './live-query.planner';
import { LiveExecutor, LiveQueryHub } from './live-query.hub';

const SUBJECT = 'counter.live.board.office-1';

const asIs = { key: 'as-is', apply: (result: ExecutionResult) => result };

function liveQuery(groupKey: string, subject = SUBJECT): LiveQuery {
  return {
    subject,
    groupKey,
    query: `{ ${groupKey} }`,
    variables: {},
    identity: null,
    language: 'INDONESIAN',
    projection: asIs,
  };
}

/** An executor whose executions each wait until the test finishes them. */
class ControlledExecutor {
  readonly executed: LiveQuery[] = [];
  private readonly running: { liveQuery: LiveQuery; result: Deferred<ExecutionResult> }[] = [];

  readonly execute: LiveExecutor = (liveQuery) => {
    const result = deferred<ExecutionResult>();
    this.executed.push(liveQuery);
    this.running.push({ liveQuery, result });
    return result.promise;
  };

  get open(): number {
    return this.running.length;
  }

  /** Finishes the oldest (or newest) open execution with a result naming its group and a version. */
  finish(version: number, { newest = false, errors }: { newest?: boolean; errors?: GraphQLError[] } = {}): void {
    const call = newest ? this.running.pop() : this.running.shift();
    if (!call) throw new Error('no open execution');
    call.result.resolve(errors ? { errors } : { data: { key: call.liveQuery.groupKey, version } });
  }
}

const flush = () => new Promise((resolve) => setImmediate(resolve));
const silent = pino({ level: 'silent' });

async function subscribe(hub: LiveQueryHub, executor: ControlledExecutor, query: LiveQuery, version = 0) {
  const pending = hub.subscribe(query);
  await flush();
  executor.finish(version);
  const iterator = (await pending) as AsyncIterableIterator<ExecutionResult>;
  expect(await iterator.next()).toEqual({ done: false, value: { data: { key: query.groupKey, version } } });
  return iterator;
}

describe('LiveQueryHub', () => {
  let executor: ControlledExecutor;
  let hub: LiveQueryHub;

  beforeEach(() => {
    executor = new ControlledExecutor();
    hub = new LiveQueryHub(executor.execute, silent);
  });

  afterEach(() => hub.close());

  it('listens to every live subject through one bus subscription, dispatching by subject', async () => {
    let handler: LiveHandler = () => undefined;
    const unsubscribe = jest.fn(async () => undefined);
    const bus = {
      subscribeLive: jest.fn(async (_subject: string, given: LiveHandler) => {
        handler = given;
        return unsubscribe;
      }),
    };
    await hub.listen(bus);
    expect(bus.subscribeLive).toHaveBeenCalledTimes(1);
    expect(bus.subscribeLive).toHaveBeenCalledWith(LIVE_SUBJECT_WILDCARD, expect.any(Function));

    await subscribe(hub, executor, liveQuery('board'));
    handler('counter.live.board.another-office', undefined);
    expect(executor.open).toBe(0);
    handler(SUBJECT, undefined);
    expect(executor.open).toBe(1);
    executor.finish(1);

    await hub.close();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('runs one execution per message for all subscribers of a group, and one per group', async () => {
    // One after the other: newcomers of one turn of the event loop would share their first execution.
    const boards: AsyncIterableIterator<ExecutionResult>[] = [];
    for (let i = 0; i < 10; i += 1) boards.push(await subscribe(hub, executor, liveQuery('board')));
    const other = await subscribe(hub, executor, liveQuery('board-with-queues'));
    expect(hub.stats()).toMatchObject({ subscribers: 11, groups: 2, initialExecutions: 11, executions: 0 });

    hub.onLiveMessage(SUBJECT);
    expect(executor.executed.slice(-2).map((query) => query.groupKey)).toEqual(['board', 'board-with-queues']);
    executor.finish(1);
    executor.finish(1);

    for (const board of boards) {
      expect(await board.next()).toEqual({ done: false, value: { data: { key: 'board', version: 1 } } });
    }
    expect(await other.next()).toEqual({ done: false, value: { data: { key: 'board-with-queues', version: 1 } } });
    expect(hub.stats()).toMatchObject({
      messages: 1,
      executions: 2,
      subjects: { [SUBJECT]: { groups: 2, subscribers: 11, messages: 1, executions: 2 } },
    });
  });

  it('gives the newcomers of one turn of the event loop one shared first execution per group', async () => {
    await subscribe(hub, executor, liveQuery('board'), 0);
    const newcomers = [
      ...Array.from({ length: 50 }, () => hub.subscribe(liveQuery('board'))),
      hub.subscribe(liveQuery('board-with-queues')),
    ];
    await flush();
    expect(executor.open).toBe(2);
    executor.finish(1);
    executor.finish(1);
    for (const pending of newcomers) {
      const iterator = (await pending) as AsyncIterableIterator<ExecutionResult>;
      expect((await iterator.next()).value).toEqual({ data: { key: expect.stringMatching(/^board/), version: 1 } });
    }
    expect(hub.stats()).toMatchObject({ subscribers: 52, groups: 2, initialExecutions: 3 });

    // A newcomer after that execution started gets one of her own.
    const late = hub.subscribe(liveQuery('board'));
    await flush();
    expect(executor.open).toBe(1);
    executor.finish(2);
    expect((await ((await late) as AsyncIterableIterator<ExecutionResult>).next()).value).toEqual({
      data: { key: 'board', version: 2 },
    });
  });

  it('coalesces messages that arrive during an execution into one more execution', async () => {
    const board = await subscribe(hub, executor, liveQuery('board'));
    hub.onLiveMessage(SUBJECT);
    hub.onLiveMessage(SUBJECT);
    hub.onLiveMessage(SUBJECT);
    hub.onLiveMessage(SUBJECT);
    expect(executor.open).toBe(1);
    executor.finish(1);
    await flush();
    expect(executor.open).toBe(1);
    executor.finish(2);
    await flush();
    expect(executor.open).toBe(0);
    expect(hub.stats().subjects[SUBJECT]).toMatchObject({ messages: 4, executions: 2 });
    // The subscriber drained slowly: it gets the newest result, not every one.
    expect(await board.next()).toEqual({ done: false, value: { data: { key: 'board', version: 2 } } });
  });

  it('ends a subscription whose first result has errors, keeping no trace of it', async () => {
    const pending = hub.subscribe(liveQuery('ticket'));
    await flush();
    const forbidden = new GraphQLError('Not yours', { extensions: { code: 'FORBIDDEN' } });
    executor.finish(0, { errors: [forbidden] });
    expect(await pending).toEqual({ errors: [forbidden] });
    expect(hub.stats()).toMatchObject({ subscribers: 0, groups: 0 });
    expect(hub.stats().subjects).toEqual({});
  });

  it('forgets groups and subjects when their last subscriber leaves', async () => {
    const first = await subscribe(hub, executor, liveQuery('board'));
    const second = await subscribe(hub, executor, liveQuery('board'));
    await first.return?.();
    expect(hub.stats()).toMatchObject({ subscribers: 1, groups: 1 });
    await second.return?.();
    await second.return?.();
    expect(hub.stats()).toMatchObject({ subscribers: 0, groups: 0 });
    expect(hub.stats().subjects).toEqual({});
    hub.onLiveMessage(SUBJECT);
    expect(executor.open).toBe(0);
    expect(await second.next()).toEqual({ done: true, value: undefined });
  });

  it('never follows a first payload with a result computed before the subscriber joined', async () => {
    await subscribe(hub, executor, liveQuery('board'));
    hub.onLiveMessage(SUBJECT); // execution 1 starts, before the newcomer joins

    const newcomer = hub.subscribe(liveQuery('board'));
    await flush();
    hub.onLiveMessage(SUBJECT); // arrives during execution 1: one more execution, after the newcomer joined
    executor.finish(1); // the old execution
    await flush();
    executor.finish(2); // the newcomer's first payload, computed concurrently
    const iterator = (await newcomer) as AsyncIterableIterator<ExecutionResult>;
    expect(await iterator.next()).toEqual({ done: false, value: { data: { key: 'board', version: 2 } } });

    executor.finish(3); // the execution that started after the newcomer joined
    expect(await iterator.next()).toEqual({ done: false, value: { data: { key: 'board', version: 3 } } });
  });

  it('holds a shared result that beats the first payload until that has gone out', async () => {
    await subscribe(hub, executor, liveQuery('board'));
    const newcomer = hub.subscribe(liveQuery('board'));
    await flush();
    hub.onLiveMessage(SUBJECT);
    executor.finish(5, { newest: true }); // the shared execution, started after the newcomer joined
    await flush();
    executor.finish(4); // the newcomer's own, slower first result
    const iterator = (await newcomer) as AsyncIterableIterator<ExecutionResult>;
    expect(await iterator.next()).toEqual({ done: false, value: { data: { key: 'board', version: 5 } } });
  });

  it('drops a shared result whose execution started after the joining but before the first run', async () => {
    const old = await subscribe(hub, executor, liveQuery('board'));
    const newcomer = hub.subscribe(liveQuery('board'));
    hub.onLiveMessage(SUBJECT); // execution 1 starts after the newcomer joined, before her first run
    await flush(); // the first run starts
    executor.finish(1); // execution 1: maybe older than the first payload
    await flush();
    executor.finish(2); // the first payload
    const iterator = (await newcomer) as AsyncIterableIterator<ExecutionResult>;
    expect(await iterator.next()).toEqual({ done: false, value: { data: { key: 'board', version: 2 } } });
    expect(await old.next()).toEqual({ done: false, value: { data: { key: 'board', version: 1 } } });

    hub.onLiveMessage(SUBJECT);
    executor.finish(3);
    expect(await iterator.next()).toEqual({ done: false, value: { data: { key: 'board', version: 3 } } });
  });

  it('ends every subscription on close', async () => {
    const board = await subscribe(hub, executor, liveQuery('board'));
    const next = board.next();
    await hub.close();
    expect(await next).toEqual({ done: true, value: undefined });
    expect(hub.stats()).toMatchObject({ subscribers: 0, groups: 0 });
  });

  it('serialises a shared result once for every member whose payloads go to a sink, the first one too', async () => {
    const frames = Array.from({ length: 3 }, () => ({ next: jest.fn<void, [string]>(), close: jest.fn() }));
    const iterators = [];
    for (const sink of frames) {
      const pending = hub.subscribe(liveQuery('board'), sink);
      await flush();
      executor.finish(0);
      iterators.push((await pending) as AsyncIterableIterator<ExecutionResult>);
    }
    for (const sink of frames)
      expect(sink.next.mock.calls).toEqual([[JSON.stringify({ data: { key: 'board', version: 0 } })]]);

    const stringify = jest.spyOn(JSON, 'stringify');
    try {
      hub.onLiveMessage(SUBJECT);
      executor.finish(1);
      await flush();
      expect(stringify).toHaveBeenCalledTimes(1);
    } finally {
      stringify.mockRestore();
    }
    const shared = frames[0].next.mock.calls[1][0];
    expect(JSON.parse(shared)).toEqual({ data: { key: 'board', version: 1 } });
    for (const sink of frames) expect(sink.next.mock.calls[1][0]).toBe(shared);

    // Leaving closes the sink: the socket gets no frame after the subscription's end.
    await iterators[0].return?.();
    expect(frames[0].close).toHaveBeenCalledTimes(1);
    hub.onLiveMessage(SUBJECT);
    executor.finish(2);
    await flush();
    expect(frames[0].next).toHaveBeenCalledTimes(2);
    expect(frames[1].next).toHaveBeenCalledTimes(3);
  });

  it('answers with an error result when the executor itself fails', async () => {
    const failing = new LiveQueryHub(async () => {
      throw new Error('boom');
    }, silent);
    const result = (await failing.subscribe(liveQuery('board'))) as ExecutionResult;
    expect(result.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(result.errors?.[0].message).not.toContain('boom');
  });
});
