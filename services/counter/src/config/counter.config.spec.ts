import { ConfigError } from '@antrian/config';
import { loadCounterConfig } from './counter.config';

describe('loadCounterConfig: walk-in caps', () => {
  it('defaults to 20 walk-ins and 10 priority walk-ins per office and day', () => {
    const config = loadCounterConfig({});
    expect(config.WALK_IN_DEFAULT_CAP).toBe(20);
    expect(config.PRIORITY_WALK_IN_DEFAULT_CAP).toBe(10);
  });

  it('takes both from the environment; an empty value is the default', () => {
    const config = loadCounterConfig({ WALK_IN_DEFAULT_CAP: '0', PRIORITY_WALK_IN_DEFAULT_CAP: '25' });
    expect(config.WALK_IN_DEFAULT_CAP).toBe(0);
    expect(config.PRIORITY_WALK_IN_DEFAULT_CAP).toBe(25);
    expect(loadCounterConfig({ PRIORITY_WALK_IN_DEFAULT_CAP: '' }).PRIORITY_WALK_IN_DEFAULT_CAP).toBe(10);
  });

  it.each(['-1', '10001', '2.5', 'ten'])('refuses PRIORITY_WALK_IN_DEFAULT_CAP=%s', (value) => {
    expect(() => loadCounterConfig({ PRIORITY_WALK_IN_DEFAULT_CAP: value })).toThrow(ConfigError);
    expect(() => loadCounterConfig({ PRIORITY_WALK_IN_DEFAULT_CAP: value })).toThrow(/PRIORITY_WALK_IN_DEFAULT_CAP/);
  });
});
