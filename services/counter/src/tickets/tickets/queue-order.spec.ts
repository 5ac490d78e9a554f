import { checkInQueueKey, rejoinQueueKey } from './queue-order';

const at = (time: string) => new Date(`2026-12-02T${time}:00+07:00`);

describe('queue keys', () => {
  it('places a booked ticket at its session’s start and a walk-in at her arrival', () => {
    expect(checkInQueueKey({ sessionStartsAt: null, checkedInAt: at('08:20') })).toEqual(at('08:20'));
    expect(checkInQueueKey({ sessionStartsAt: at('09:00'), checkedInAt: at('08:10') })).toEqual(at('09:00'));
  });

  it('sends a re-joined no-show behind everyone waiting, never ahead of a session already started', () => {
    expect(rejoinQueueKey(at('08:30'), at('09:00'))).toEqual(at('09:00'));
    expect(rejoinQueueKey(at('10:00'), at('09:00'))).toEqual(at('10:00'));
    expect(rejoinQueueKey(at('10:00'), null)).toEqual(at('10:00'));
  });
});
