import { isFollowCodeShaped } from './live-subjects';

describe('isFollowCodeShaped', () => {
  it.each(['Abc_12-xYz9', 'k3J9xQ2mZp7LwT4v'])('takes %s', (code) => expect(isFollowCodeShaped(code)).toBe(true));

  it.each([undefined, 42, '', 'short', 'has.dot.in.it', 'wild*card*', 'with space1', 'x'.repeat(65), 'counter.live.>'])(
    'refuses %p, which could not end a live subject',
    (code) => expect(isFollowCodeShaped(code)).toBe(false),
  );
});
