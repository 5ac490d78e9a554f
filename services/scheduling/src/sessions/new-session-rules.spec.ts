import { newSessionProblem } from './new-session-rules';
import { message } from '@antrian/messages';

const NOW = new Date('2026-03-02T01:00:00Z');
const at = (iso: string) => new Date(iso);
const session = (startsAt: string, endsAt: string) => ({
  startsAt: at(startsAt),
  endsAt: at(endsAt),
  timeZone: 'Asia/Jakarta',
});

describe('newSessionProblem', () => {
  it('accepts a session later today and one just under two years ahead', () => {
    expect(newSessionProblem(session('2026-03-02T03:00:00Z', '2026-03-02T04:00:00Z'), NOW, 730)).toBeNull();
    expect(newSessionProblem(session('2028-03-01T01:00:00Z', '2028-03-01T02:00:00Z'), NOW, 730)).toBeNull();
  });

  it('refuses a session more than two years ahead', () => {
    expect(newSessionProblem(session('2028-03-02T02:00:00Z', '2028-03-02T03:00:00Z'), NOW, 730)).toEqual(
      message('scheduling.sessionTooFarAhead', { days: 730 }),
    );
    expect(newSessionProblem(session('9999-01-04T02:00:00Z', '9999-01-04T03:00:00Z'), NOW, 730)).not.toBeNull();
  });

  it('refuses a session that ends before it starts, lies in the past or spans two local days', () => {
    expect(newSessionProblem(session('2026-03-02T04:00:00Z', '2026-03-02T03:00:00Z'), NOW, 730)).toEqual(
      message('scheduling.sessionEndsBeforeStart'),
    );
    expect(newSessionProblem(session('2026-03-01T03:00:00Z', '2026-03-01T04:00:00Z'), NOW, 730)).toEqual(
      message('scheduling.sessionInPast'),
    );
    // 16:30-17:30 UTC is 23:30-00:30 in Jakarta.
    expect(newSessionProblem(session('2026-03-02T16:30:00Z', '2026-03-02T17:30:00Z'), NOW, 730)).toEqual(
      message('scheduling.sessionSpansDays'),
    );
  });
});
