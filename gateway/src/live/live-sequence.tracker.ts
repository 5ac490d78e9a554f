import { isLiveStamp } from '@antrian/contracts';

/** Origins remembered at most: publishers restart with a new origin, so old ones are let go. */
const MAX_ORIGINS = 1000;

/**
 * Follows each publishing process's live sequence (see LiveStamp) as this gateway receives it.
 * A message whose sequence number skips some means messages were lost on the way (NATS away,
 * the publisher disconnected): the gateway then fetches again what that publisher's subjects
 * show. Answers with the subject prefixes (`counter.live.`) to resync, or null when nothing was missed.
 */
export class LiveSequenceTracker {
  private readonly origins = new Map<string, { seq: number; prefixes: Set<string> }>();
  private gapCount = 0;

  /** Gaps seen since the start. */
  get gaps(): number {
    return this.gapCount;
  }

  observe(subject: string, data: unknown): string[] | null {
    if (!isLiveStamp(data)) return null;
    const prefix = livePrefixOf(subject);
    const known = this.origins.get(data.origin);
    if (!known) {
      // A publisher heard for the first time: whatever came before, the groups fetched for themselves.
      if (this.origins.size >= MAX_ORIGINS) this.origins.delete(this.origins.keys().next().value as string);
      this.origins.set(data.origin, { seq: data.seq, prefixes: new Set(prefix ? [prefix] : []) });
      return null;
    }
    if (prefix) known.prefixes.add(prefix);
    const missed = data.seq > known.seq + 1;
    known.seq = Math.max(known.seq, data.seq);
    if (!missed) return null;
    this.gapCount++;
    return [...known.prefixes];
  }
}

/** `counter.live.board.7` → `counter.live.`: the subjects one service publishes. */
export function livePrefixOf(subject: string): string | undefined {
  const [service, live] = subject.split('.', 2);
  return service && live === 'live' ? `${service}.live.` : undefined;
}
