import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  let clock = 0;
  const now = () => clock;

  it('serves a value again until its time is up, then loads it anew', () => {
    const cache = new TtlCache<number>(1000, 10, now);
    let loads = 0;
    const load = () => ++loads;
    clock = 0;
    expect(cache.get('a', load)).toBe(1);
    clock = 999;
    expect(cache.get('a', load)).toBe(1);
    clock = 1000;
    expect(cache.get('a', load)).toBe(2);
    expect(cache.get('b', load)).toBe(3);
  });

  it('keeps nothing with a time of 0, and nothing after clear', () => {
    let loads = 0;
    const off = new TtlCache<number>(0, 10, now);
    off.get('a', () => ++loads);
    off.get('a', () => ++loads);
    expect(loads).toBe(2);
    const on = new TtlCache<number>(1000, 10, now);
    on.get('a', () => ++loads);
    on.clear();
    expect(on.get('a', () => ++loads)).toBe(4);
  });

  it('shares one pending read between concurrent asks, and forgets a failed one', async () => {
    const cache = new TtlCache<Promise<string>>(1000, 10, now);
    const failing = cache.get('a', () => Promise.reject(new Error('down')));
    expect(cache.get('a', () => Promise.resolve('other'))).toBe(failing);
    await expect(failing).rejects.toThrow('down');
    await expect(cache.get('a', () => Promise.resolve('fresh'))).resolves.toBe('fresh');
  });

  it('never holds more than its bound', () => {
    const cache = new TtlCache<number>(1000, 2, now);
    let loads = 0;
    cache.get('a', () => ++loads);
    cache.get('b', () => ++loads);
    cache.get('c', () => ++loads);
    expect(cache.get('a', () => ++loads)).toBe(4);
  });
});
