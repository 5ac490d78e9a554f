import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { plainError } from '../../ui/errors';
import { formatTime, localDate } from '../../ui/format';
import { CancelSession, ExpectedArrivalsQuery } from './supervisor.operations';

/** Today's sessions with the bookings expected at each; a session may be cancelled with a reason. */
export function ExpectedArrivals({ officeId }: { officeId: string }) {
  const { t, i18n } = useTranslation();
  const { data, refetch } = useQuery(ExpectedArrivalsQuery, {
    variables: { officeId, date: localDate('Asia/Jakarta') },
    pollInterval: 60_000,
  });
  const [cancelSession] = useMutation(CancelSession);
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!cancelling || !reason.trim()) return;
    setError(null);
    try {
      await cancelSession({ variables: { id: cancelling, reason: reason.trim() } });
      setCancelling(null);
      setReason('');
      await refetch();
    } catch (caught) {
      setError(plainError(caught, t));
    }
  };
  return (
    <section aria-labelledby="arrivals-heading">
      <h3 id="arrivals-heading">{t('supervisor.expected')}</h3>
      {error && <p role="alert">{error}</p>}
      <ul className="arrivals">
        {data?.expectedArrivals.map(({ session, bookings }) => (
          <li key={session.id}>
            {formatTime(session.startsAt, i18n.language, 'Asia/Jakarta')}–
            {formatTime(session.endsAt, i18n.language, 'Asia/Jakarta')} ·{' '}
            {t('supervisor.arrivals', { count: bookings.filter((b) => b.status === 'BOOKED').length })} ·{' '}
            {t('supervisor.checkedIn', { count: bookings.filter((b) => b.status !== 'BOOKED').length })}
            {session.cancelReason ? (
              ` · ${t('supervisor.sessionCancelled')}: ${session.cancelReason}`
            ) : (
              <button type="button" className="danger" onClick={() => setCancelling(session.id)}>
                {t('supervisor.cancelSession')}
              </button>
            )}
            {cancelling === session.id && (
              <form onSubmit={submit} className="row">
                <label htmlFor={`cancel-${session.id}`}>{t('supervisor.cancelReason')}</label>
                <input
                  id={`cancel-${session.id}`}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  required
                  autoFocus
                />
                <button type="submit" className="danger">
                  {t('supervisor.cancelSession')}
                </button>
                <button type="button" onClick={() => setCancelling(null)}>
                  {t('common.cancel')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
