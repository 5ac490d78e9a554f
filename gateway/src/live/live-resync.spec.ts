import { ExecutionResult } from 'graphql';
import pino from 'pino';
import type { LiveHandler } from '@antrian/messaging';
import { LiveQuery } from './live-query.planner';
import { LiveExecutor, LiveQueryHub } from './live-query.hub';
import { livePrefixOf, LiveSequenceTracker } from './live-sequence.tracker';

const BOARD = 'counter.live.board.office-1';
const OTHER_BOARD = 'counter.live.board.office-2';
const VIEWER = 'identity.live.viewer.applicant-1';
const asIs = { key: 'as-is', apply: (result: ExecutionResult) => result };
const silent = pino({ level: 'silent' });
const flush = () => new Promise((resolve) => setImmediate(resolve));

function liveQuery(groupKey: string, subject: string): LiveQuery {
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

describe('LiveSequenceTracker', () => {
  it('sees a gap when a publisher skips numbers, and names its subjects', () => {
    const tracker = new LiveSequenceTracker();
    expect(tracker.observe(BOARD, { origin: 'counter:a', seq: 5 })).toBeNull();
    expect(tracker.observe(OTHER_BOARD, { origin: 'counter:a', seq: 6 })).toBeNull();
    expect(tracker.observe(BOARD, { origin: 'counter:a', seq: 9 })).toEqual(['counter.live.']);
    expect(tracker.gaps).toBe(1);
  });

  it('keeps publishers apart, takes a new origin (a restart) as a fresh start, and ignores old or unstamped messages', () => {
    const tracker = new LiveSequenceTracker();
    tracker.observe(BOARD, { origin: 'counter:a', seq: 1 });
    tracker.observe(VIEWER, { origin: 'identity:b', seq: 40 });
    expect(tracker.observe(BOARD, { origin: 'counter:a', seq: 2 })).toBeNull();
    expect(tracker.observe(BOARD, { origin: 'counter:c', seq: 1 })).toBeNull();
    expect(tracker.observe(BOARD, { origin: 'counter:a', seq: 2 })).toBeNull();
    expect(tracker.observe(BOARD, null)).toBeNull();
    expect(tracker.observe(VIEWER, { origin: 'identity:b', seq: 41 })).toBeNull();
    expect(tracker.gaps).toBe(0);
  });

  it('finds the service prefix of a live subject', () => {
    expect(livePrefixOf(BOARD)).toBe('counter.live.');
    expect(livePrefixOf('counter.booking.created')).toBeUndefined();
  });
});

describe('LiveQueryHub resync', () => {
  let executions: string[];
  let version: number;
  let hub: LiveQueryHub;
  let handler: LiveHandler;
  let restored: () => void;

  const execute: LiveExecutor = async (query) => {
    executions.push(query.subject);
    return { data: { version } };
  };

  beforeEach(async () => {
    executions = [];
    version = 1;
    hub = new LiveQueryHub(execute, silent);
    await hub.listen({
      subscribeLive: async (_subject, given) => {
        handler = given;
        return async () => undefined;
      },
      onConnected: (listener) => {
        restored = listener;
        return () => undefined;
      },
    });
  });

  afterEach(() => hub.close());

  async function follow(query: LiveQuery) {
    const iterator = (await hub.subscribe(query)) as AsyncIterableIterator<ExecutionResult>;
    expect(await iterator.next()).toEqual({ done: false, value: { data: { version: 1 } } });
    return iterator;
  }

  it('runs every group again when the bus gets its connection back, so boards show changes made meanwhile', async () => {
    const board = await follow(liveQuery('board', BOARD));
    const viewer = await follow(liveQuery('viewer', VIEWER));
    executions.length = 0;
    // Changes happened while NATS was away: their live messages are lost. Then the connection returns.
    version = 2;
    restored();
    await flush();
    expect(executions.sort()).toEqual([BOARD, VIEWER].sort());
    expect(await board.next()).toEqual({ done: false, value: { data: { version: 2 } } });
    expect(await viewer.next()).toEqual({ done: false, value: { data: { version: 2 } } });
    expect(hub.stats().resyncs).toBe(1);
  });

  it("runs a publisher's groups again when its sequence shows a gap, and no one else's", async () => {
    const board = await follow(liveQuery('board', BOARD));
    await follow(liveQuery('viewer', VIEWER));
    handler(OTHER_BOARD, { origin: 'counter:a', seq: 1 });
    handler(VIEWER, { origin: 'identity:b', seq: 1 });
    await flush();
    executions.length = 0;
    // counter:a's messages 2 and 3 (about office 1) were lost; 4 is about another office.
    version = 3;
    handler(OTHER_BOARD, { origin: 'counter:a', seq: 4 });
    await flush();
    expect(executions).toEqual([BOARD]);
    expect(await board.next()).toEqual({ done: false, value: { data: { version: 3 } } });
    expect(hub.stats()).toMatchObject({ gaps: 1, resyncs: 1 });
  });

  it('sees a gap at the end of a sequence through the heartbeat a publisher sends on reconnecting', async () => {
    await follow(liveQuery('board', BOARD));
    handler(BOARD, { origin: 'counter:a', seq: 1 });
    await flush();
    executions.length = 0;
    handler('counter.live.heartbeat', { origin: 'counter:a', seq: 3 });
    await flush();
    expect(executions).toEqual([BOARD]);
  });

  it('costs nothing when no message was missed', async () => {
    await follow(liveQuery('board', BOARD));
    executions.length = 0;
    handler(BOARD, { origin: 'counter:a', seq: 1 });
    handler('counter.live.heartbeat', { origin: 'counter:a', seq: 2 });
    await flush();
    expect(executions).toEqual([BOARD]);
    expect(hub.stats()).toMatchObject({ gaps: 0, resyncs: 0 });
  });
});
