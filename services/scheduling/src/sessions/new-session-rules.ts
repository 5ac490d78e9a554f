import { localDate } from '../calendar/local-time';
import { LocalizedMessage, message } from '@antrian/messages';

export interface NewSessionTimes {
  startsAt: Date;
  endsAt: Date;
  /** The office's zone: a session lies within one office-local day. */
  timeZone: string;
}

/**
 * Why a one-off session cannot be added, or null when it can: it ends after it starts, ends in
 * the future, lies within one office-local day, and starts at most `maxDaysAhead` days from now
 * (a session years ahead is a typing error, and it would stay bookable and block its places).
 */
export function newSessionProblem(session: NewSessionTimes, now: Date, maxDaysAhead: number): LocalizedMessage | null {
  const { startsAt, endsAt, timeZone } = session;
  if (endsAt <= startsAt) return message('scheduling.sessionEndsBeforeStart');
  if (endsAt <= now) return message('scheduling.sessionInPast');
  if (startsAt.getTime() > now.getTime() + maxDaysAhead * 86_400_000) {
    return message('scheduling.sessionTooFarAhead', { days: maxDaysAhead });
  }
  if (localDate(startsAt, timeZone) !== localDate(new Date(endsAt.getTime() - 1), timeZone)) {
    return message('scheduling.sessionSpansDays');
  }
  return null;
}
