/**
 * Values kept for `ttlMs` per key, in memory, at most `maxEntries` of them (all dropped when full:
 * a cache of a second needs no eviction order). A promise is kept as it is asked for, so
 * concurrent asks share one read; a rejected one is forgotten at once. `ttlMs` 0 keeps nothing.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, load: () => V): V {
    if (this.ttlMs <= 0) return load();
    const at = this.now();
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > at) return entry.value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = load();
    this.entries.set(key, { value, expiresAt: at + this.ttlMs });
    if (value instanceof Promise) {
      value.catch(() => {
        if (this.entries.get(key)?.value === value) this.entries.delete(key);
      });
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
