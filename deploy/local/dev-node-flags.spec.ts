import { DEFAULT_DEV_NODE_FLAGS, devNodeFlags } from './dev-node-flags';

describe('devNodeFlags', () => {
  it('gives the development defaults when nothing is set', () => {
    expect(devNodeFlags({})).toEqual(DEFAULT_DEV_NODE_FLAGS.split(' '));
  });

  it('lets DEV_NODE_FLAGS replace them, an empty one meaning none', () => {
    expect(devNodeFlags({ DEV_NODE_FLAGS: '--max-old-space-size=512' })).toEqual(['--max-old-space-size=512']);
    expect(devNodeFlags({ DEV_NODE_FLAGS: '' })).toEqual([]);
  });

  it('leaves a flag NODE_OPTIONS names to NODE_OPTIONS', () => {
    expect(devNodeFlags({ NODE_OPTIONS: '--max-semi-space-size=16 --trace-warnings' })).toEqual(
      DEFAULT_DEV_NODE_FLAGS.split(' ').filter((flag) => !flag.startsWith('--max-semi-space-size')),
    );
  });
});
