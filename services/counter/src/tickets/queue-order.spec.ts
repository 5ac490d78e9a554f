import { checkInQueueKey, compareQueuePlaces, QueuePlace, rejoinQueueKey } from './queue-order';

const at = (time: string) => new Date(`2026-12-02T${time}:00+07:00`);
const place = (id: string, queueKey: string, queuedAt: string, priority: QueuePlace['priority'] = null) => ({
  id,
  priority,
  queueKey: at(queueKey),
  queuedAt: at(queuedAt),
});
const order = (...places: QueuePlace[]) => [...places].sort(compareQueuePlaces).map((p) => p.id);

describe('queue order', () => {
  it('calls priority tickets first, then by session, then by arrival in the stage', () => {
    expect(
      order(
        place('late-session', '09:00', '08:05'),
        place('early-session-late-arrival', '08:00', '08:40'),
        place('early-session-early-arrival', '08:00', '07:30'),
        place('elderly-late-session', '10:00', '09:30', 'ELDERLY'),
      ),
    ).toEqual(['elderly-late-session', 'early-session-early-arrival', 'early-session-late-arrival', 'late-session']);
  });

  it('serves a walk-in among the bookings of the hour it came', () => {
    const walkIn = place('walk-in', '08:20', '08:20');
    expect(checkInQueueKey({ sessionStartsAt: null, checkedInAt: at('08:20') })).toEqual(at('08:20'));
    expect(checkInQueueKey({ sessionStartsAt: at('09:00'), checkedInAt: at('08:10') })).toEqual(at('09:00'));
    expect(order(place('nine', '09:00', '08:10'), walkIn, place('eight', '08:00', '08:30'))).toEqual([
      'eight',
      'walk-in',
      'nine',
    ]);
  });

  it('sends a re-joined no-show behind everyone waiting, but keeps her priority', () => {
    const waiting = [place('a', '08:00', '07:50'), place('b', '09:00', '08:10')];
    const key = rejoinQueueKey(at('08:30'), at('09:00'));
    expect(key).toEqual(at('09:00'));
    const rejoined = { id: '0-rejoined', priority: null, queueKey: key, queuedAt: at('08:30') };
    expect(order(rejoined, ...waiting)).toEqual(['a', 'b', '0-rejoined']);
    expect(order({ ...rejoined, priority: 'DISABLED' }, ...waiting)[0]).toBe('0-rejoined');
    expect(rejoinQueueKey(at('10:00'), at('09:00'))).toEqual(at('10:00'));
    expect(rejoinQueueKey(at('10:00'), null)).toEqual(at('10:00'));
  });

  it('is total: equal keys fall back to the id', () => {
    expect(order(place('b', '08:00', '08:00'), place('a', '08:00', '08:00'))).toEqual(['a', 'b']);
  });
});
