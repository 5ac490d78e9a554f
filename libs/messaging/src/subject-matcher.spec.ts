import { assertDurableName, findStream, subjectMatches } from './subject-matcher';

describe('subjectMatches', () => {
  it.each([
    ['counter.live.board.42', 'counter.live.board.42', true],
    ['counter.live.board.42', 'counter.live.board.43', false],
    ['counter.live.board.*', 'counter.live.board.42', true],
    ['counter.live.*', 'counter.live.board.42', false],
    ['counter.live.>', 'counter.live.board.42', true],
    ['counter.live.>', 'counter.live', false],
    ['*.live.>', 'identity.live.viewer.7', true],
    ['*.live.>', 'identity.applicant.registered', false],
    ['scheduling.*.*', 'scheduling.booking.created', true],
    ['scheduling.*.*', 'scheduling.live.board.1', false],
    ['scheduling.*.*', 'scheduling.booking.*', true],
    ['scheduling.*.*', 'scheduling.>', false],
    ['>', 'anything.at.all', true],
  ])('%s matches %s: %s', (pattern, subject, expected) => {
    expect(subjectMatches(pattern, subject)).toBe(expected);
  });
});

describe('findStream', () => {
  const streams = [
    { name: 'A', subjects: ['a.*.*'] },
    { name: 'B', subjects: ['b.*.*', 'c.>'] },
  ];

  it('finds the stream whose subjects cover the subject, wildcards included', () => {
    expect(findStream(streams, 'a.booking.created').name).toBe('A');
    expect(findStream(streams, 'c.x.y.z').name).toBe('B');
    expect(findStream(streams, 'b.booking.*').name).toBe('B');
  });

  it('refuses a subject no stream stores', () => {
    expect(() => findStream(streams, 'a.live.board.1')).toThrow('No stream stores subject "a.live.board.1"');
  });
});

describe('assertDurableName', () => {
  it('accepts what JetStream accepts and refuses the rest', () => {
    expect(() => assertDurableName('counter-scheduling_events')).not.toThrow();
    expect(() => assertDurableName('counter.events')).toThrow('Invalid durable consumer name');
    expect(() => assertDurableName('counter events')).toThrow('Invalid durable consumer name');
  });
});
