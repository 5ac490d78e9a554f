import { useQuery } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import type { ServiceKind } from '../../gql/graphql';
import { addDays, formatDate, formatTime, localDate } from '../../ui/format';
import { Availability } from './applicant.operations';

const DAYS = 14;

/** The availability calendar: the coming two weeks, each session with its free places. */
export function SessionPicker({
  officeId,
  timeZone,
  service,
  onPick,
}: {
  officeId: string;
  timeZone: string;
  service?: ServiceKind;
  onPick: (sessionId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const from = localDate(timeZone);
  const { data, loading } = useQuery(Availability, {
    variables: { officeId, from, to: addDays(from, DAYS - 1), service },
    fetchPolicy: 'network-only',
  });
  if (loading && !data) return <p>{t('common.loading')}</p>;
  const days = data?.office?.availability ?? [];
  const now = Date.now();
  return (
    <fieldset className="calendar">
      <legend>{t('applicant.calendar')}</legend>
      <ul>
        {days.map((day) => (
          <li key={day.date} className="calendar-day">
            <span className="calendar-date">{formatDate(day.date, i18n.language)}</span>
            {!day.open || day.sessions.length === 0 ? (
              <span className="muted">{t('applicant.closedDay')}</span>
            ) : (
              <span className="calendar-sessions">
                {day.sessions.map((session) => {
                  const notYet = Date.parse(session.bookableFrom) > now;
                  const full = session.remaining <= 0;
                  return (
                    <button
                      key={session.id}
                      type="button"
                      disabled={notYet || full}
                      onClick={() => onPick(session.id)}
                      data-session={session.id}
                    >
                      {formatTime(session.startsAt, i18n.language, timeZone)}–
                      {formatTime(session.endsAt, i18n.language, timeZone)}{' '}
                      <small>
                        {notYet
                          ? t('applicant.notYet')
                          : full
                            ? t('applicant.full')
                            : t('applicant.remaining', { count: session.remaining })}
                      </small>
                    </button>
                  );
                })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
