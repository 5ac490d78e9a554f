import { callRefusal, counterStatus, pauseReasonOf } from './counter-status';

const at = new Date('2026-11-30T01:00:00Z');

describe('counterStatus', () => {
  it('is CLOSED without an officer, OPEN with one, PAUSED while she has paused it', () => {
    expect(counterStatus({ officerId: null, pausedAt: null })).toBe('CLOSED');
    expect(counterStatus({ officerId: 'officer-1', pausedAt: null })).toBe('OPEN');
    expect(counterStatus({ officerId: 'officer-1', pausedAt: at })).toBe('PAUSED');
  });
});

describe('callRefusal', () => {
  it('lets only the officer holding an open, unpaused counter call there', () => {
    expect(callRefusal({ officerId: 'officer-1', pausedAt: null }, 'officer-1')).toBeNull();
    expect(callRefusal({ officerId: null, pausedAt: null }, 'officer-1')).toBe('CLOSED');
    expect(callRefusal({ officerId: 'officer-2', pausedAt: null }, 'officer-1')).toBe('HELD_BY_ANOTHER');
  });

  it('refuses calls at a paused counter, even to the officer who holds it', () => {
    expect(callRefusal({ officerId: 'officer-1', pausedAt: at }, 'officer-1')).toBe('PAUSED');
  });
});

describe('pauseReasonOf', () => {
  it('takes a reason trimmed, and refuses an empty one or one over 200 characters', () => {
    expect(pauseReasonOf('  Istirahat sholat  ')).toBe('Istirahat sholat');
    expect(pauseReasonOf('   ')).toBeNull();
    expect(pauseReasonOf('x'.repeat(200))).toHaveLength(200);
    expect(pauseReasonOf('x'.repeat(201))).toBeNull();
  });
});
