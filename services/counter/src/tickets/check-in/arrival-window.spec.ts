import { arrivalVerdict, arrivalWindow } from './arrival-window';

describe('arrival window', () => {
  const session = { startsAt: new Date('2026-12-02T01:00:00Z'), endsAt: new Date('2026-12-02T02:00:00Z') };

  it('opens the set time before the session starts and closes when it ends', () => {
    const window = arrivalWindow(session, 60);
    expect(window).toEqual({ opensAt: new Date('2026-12-02T00:00:00Z'), closesAt: session.endsAt });
    expect(arrivalVerdict(window, new Date('2026-12-01T23:59:59Z'))).toBe('TOO_EARLY');
    expect(arrivalVerdict(window, new Date('2026-12-02T00:00:00Z'))).toBe('OPEN');
    expect(arrivalVerdict(window, new Date('2026-12-02T01:59:59Z'))).toBe('OPEN');
    expect(arrivalVerdict(window, new Date('2026-12-02T02:00:00Z'))).toBe('TOO_LATE');
  });

  it('follows the office rule, down to opening only when the session starts', () => {
    expect(arrivalVerdict(arrivalWindow(session, 0), new Date('2026-12-02T00:59:59Z'))).toBe('TOO_EARLY');
    expect(arrivalVerdict(arrivalWindow(session, 120), new Date('2026-12-01T23:00:00Z'))).toBe('OPEN');
  });
});
