import { randomUUID } from 'node:crypto';
import { BatchingReplayGuard, UsedIdentityHeaderStore } from './batching-replay-guard';

/** The table, in memory: records each id once; each call is one statement, answered when told. */
class FakeStore implements UsedIdentityHeaderStore {
  readonly used = new Set<string>();
  readonly statements: string[][] = [];
  private gates: (() => void)[] = [];
  failNext = false;

  async recordFirstUses(headers: readonly { headerId: string }[]): Promise<Set<string>> {
    this.statements.push(headers.map((header) => header.headerId));
    await new Promise<void>((resolve) => this.gates.push(resolve));
    if (this.failNext) {
      this.failNext = false;
      throw new Error('connection lost');
    }
    const recorded = new Set<string>();
    for (const { headerId } of headers) {
      if (!this.used.has(headerId)) recorded.add(headerId);
      this.used.add(headerId);
    }
    return recorded;
  }

  /** Lets every statement sent so far answer. */
  async release(): Promise<void> {
    const gates = this.gates;
    this.gates = [];
    gates.forEach((open) => open());
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const soon = new Date(Date.now() + 30_000);

describe('BatchingReplayGuard', () => {
  it('sends a lone header at once, and those that arrive meanwhile together in the next statement', async () => {
    const store = new FakeStore();
    const guard = new BatchingReplayGuard(store);
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const first = guard.recordFirstUse(a, soon);
    expect(store.statements).toEqual([[a]]);
    const others = [guard.recordFirstUse(b, soon), guard.recordFirstUse(c, soon)];
    expect(store.statements).toHaveLength(1);
    await store.release();
    expect(store.statements).toEqual([[a], [b, c].sort()]);
    await store.release();
    await expect(Promise.all([first, ...others])).resolves.toEqual([true, true, true]);
  });

  it('sends each statement its ids sorted, so two replicas lock shared ids in the same order', async () => {
    const store = new FakeStore();
    const guard = new BatchingReplayGuard(store);
    const ids = ['ffffffff', 'cccccccc', 'eeeeeeee', 'aaaaaaaa'].map(
      (prefix) => `${prefix}-0000-4000-8000-000000000000`,
    );
    const results = ids.map((id) => guard.recordFirstUse(id, soon));
    await store.release();
    await store.release();
    await expect(Promise.all(results)).resolves.toEqual([true, true, true, true]);
    expect(store.statements).toEqual([[ids[0]], [ids[3], ids[1], ids[2]]]);
  });

  it('sends the 500 oldest waiting headers in one statement and the rest in the next', async () => {
    const store = new FakeStore();
    const guard = new BatchingReplayGuard(store);
    const ids = Array.from({ length: 702 }, () => randomUUID());
    const results = ids.map((id) => guard.recordFirstUse(id, soon));
    await store.release();
    await store.release();
    await store.release();
    await expect(Promise.all(results)).resolves.toEqual(ids.map(() => true));
    expect(store.statements).toEqual([[ids[0]], ids.slice(1, 501).sort(), ids.slice(501).sort()]);
  });

  it('refuses a header seen before, in an earlier statement, in the same one, or waiting beside it', async () => {
    const store = new FakeStore();
    const guard = new BatchingReplayGuard(store);
    const id = randomUUID();
    const first = guard.recordFirstUse(id, soon);
    // The same id while the first is on its way: at most one of them may ever be accepted.
    await expect(guard.recordFirstUse(id, soon)).resolves.toBe(false);
    await expect(guard.recordFirstUse(id.toUpperCase(), soon)).resolves.toBe(false);
    await store.release();
    await expect(first).resolves.toBe(true);
    const again = guard.recordFirstUse(id, soon);
    await store.release();
    await expect(again).resolves.toBe(false);
    expect(store.statements).toEqual([[id], [id]]);
  });

  it('refuses an id the gateway never makes without asking the database', async () => {
    const store = new FakeStore();
    const guard = new BatchingReplayGuard(store);
    await expect(guard.recordFirstUse('x', soon)).resolves.toBe(false);
    await expect(guard.recordFirstUse("'; DROP TABLE used_identity_header; --", soon)).resolves.toBe(false);
    expect(store.statements).toEqual([]);
  });

  it('fails the requests of a failed statement, and records the next ones again', async () => {
    const store = new FakeStore();
    const guard = new BatchingReplayGuard(store);
    store.failNext = true;
    const lost = guard.recordFirstUse(randomUUID(), soon);
    const next = guard.recordFirstUse(randomUUID(), soon);
    await store.release();
    await expect(lost).rejects.toThrow('connection lost');
    await store.release();
    await expect(next).resolves.toBe(true);
    const retried = randomUUID();
    const later = guard.recordFirstUse(retried, soon);
    await store.release();
    await expect(later).resolves.toBe(true);
  });
});
