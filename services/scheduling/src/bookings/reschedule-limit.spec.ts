import { mayReschedule } from './reschedule-limit';

describe('the reschedule limit', () => {
  it('lets a booking be moved once under the default rule, not twice', () => {
    expect(mayReschedule({ rescheduleCount: 0 }, { maxReschedules: 1 })).toBe(true);
    expect(mayReschedule({ rescheduleCount: 1 }, { maxReschedules: 1 })).toBe(false);
  });

  it('follows an office that allows more moves, or none', () => {
    expect(mayReschedule({ rescheduleCount: 2 }, { maxReschedules: 3 })).toBe(true);
    expect(mayReschedule({ rescheduleCount: 3 }, { maxReschedules: 3 })).toBe(false);
    expect(mayReschedule({ rescheduleCount: 0 }, { maxReschedules: 0 })).toBe(false);
  });

  it('keeps refusing a booking that was moved more often than a lowered limit', () => {
    expect(mayReschedule({ rescheduleCount: 2 }, { maxReschedules: 1 })).toBe(false);
  });
});
