import type { IdentityHeaderReplayGuard } from './request-context';

/** Where used identity headers are recorded: `UsedIdentityHeaderRepository`. */
export interface UsedIdentityHeaderStore {
  recordFirstUses(headers: readonly { headerId: string; expiresAt: Date }[]): Promise<Set<string>>;
}

/** The gateway's header ids are UUIDs (the table's key): anything else was never signed by it. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Beyond this many waiting headers, the next statement takes this many and the rest wait for the one after. */
const MAX_BATCH = 500;

interface Pending {
  headerId: string;
  expiresAt: Date;
  resolve: (firstUse: boolean) => void;
  reject: (error: unknown) => void;
}

/**
 * The first `count` waiting headers (the Map keeps arrival order), without copying the whole map
 * under overload, sorted by id: every replica then inserts its rows in the same order, so two
 * statements holding the same ids (a replay sent to two replicas) wait for one another instead
 * of deadlocking, which would fail every request of both batches.
 */
function oldest(waiting: Map<string, Pending>, count: number): Pending[] {
  const batch: Pending[] = [];
  for (const pending of waiting.values()) {
    if (batch.length === count) break;
    batch.push(pending);
  }
  return batch.sort((a, b) => (a.headerId < b.headerId ? -1 : a.headerId > b.headerId ? 1 : 0));
}

/**
 * The replay guard of a subgraph process: every header is still recorded in the shared table
 * before its request runs (one-time across all replicas, exactly as one INSERT per request), but
 * the headers that arrive while a recording statement is on its way wait for it to return and
 * then go together in the next one. One request alone goes at once, as before; under a rush, one
 * statement records dozens, where each used to cost its own round trip and PostgreSQL
 * transaction (issue 12). An id already waiting (a replay within the same instant, to this
 * replica) is refused at once: one statement would record it once and answer both.
 */
export class BatchingReplayGuard implements IdentityHeaderReplayGuard {
  private waiting = new Map<string, Pending>();
  private recording = false;

  constructor(private readonly store: UsedIdentityHeaderStore) {}

  recordFirstUse(headerId: string, expiresAt: Date): Promise<boolean> {
    const id = headerId.toLowerCase();
    if (!UUID.test(id) || this.waiting.has(id)) return Promise.resolve(false);
    return new Promise<boolean>((resolve, reject) => {
      this.waiting.set(id, { headerId: id, expiresAt, resolve, reject });
      if (!this.recording) void this.record();
    });
  }

  private async record(): Promise<void> {
    this.recording = true;
    try {
      while (this.waiting.size > 0) {
        const batch = oldest(this.waiting, MAX_BATCH);
        try {
          const recorded = await this.store.recordFirstUses(batch);
          for (const pending of batch) pending.resolve(recorded.has(pending.headerId));
        } catch (error) {
          for (const pending of batch) pending.reject(error);
        } finally {
          for (const pending of batch) this.waiting.delete(pending.headerId);
        }
      }
    } finally {
      this.recording = false;
    }
  }
}
