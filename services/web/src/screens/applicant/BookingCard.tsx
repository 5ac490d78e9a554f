import { useMutation } from '@apollo/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyBookingsQuery } from '../../gql/graphql';
import { plainError } from '../../ui/errors';
import { formatDate, formatTime } from '../../ui/format';
import { CancelBooking, RescheduleBooking } from './applicant.operations';
import { SessionPicker } from './SessionPicker';

type Booking = MyBookingsQuery['myBookings'][number];

/** One booking: its QR code large enough to scan from the phone, print, cancel, reschedule. */
export function BookingCard({ booking, onChanged }: { booking: Booking; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [rescheduling, setRescheduling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [cancel] = useMutation(CancelBooking);
  const [reschedule] = useMutation(RescheduleBooking);
  const zone = booking.office.timeZone;
  const active = booking.status === 'BOOKED';
  const changeable =
    active && Date.parse(booking.session.startsAt) - Date.now() > booking.office.changeCutoffMinutes * 60_000;
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      onChanged();
    } catch (caught) {
      setError(plainError(caught, t));
    }
  };
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(booking.qrSvg)}`;
  return (
    <article className="booking-card" aria-labelledby={`booking-${booking.id}`}>
      <h3 id={`booking-${booking.id}`}>
        {formatDate(booking.session.startsAt, i18n.language, zone)} ·{' '}
        {formatTime(booking.session.startsAt, i18n.language, zone)}
      </h3>
      <p>
        {booking.office.name} · {t(`service.${booking.service}`)}
        {booking.familyMember && ` · ${booking.familyMember.fullName}`}
      </p>
      <p>
        {t('applicant.code')}: <strong className="booking-code">{booking.code}</strong> ·{' '}
        {t(`applicant.bookingStatus.${booking.status}`)}
      </p>
      {active && (
        <figure className="booking-qr">
          <img src={qr} alt={`${t('applicant.code')} ${booking.code}`} />
          <figcaption>{t('applicant.showQr')}</figcaption>
        </figure>
      )}
      {error && <p role="alert">{error}</p>}
      {active && (
        <div className="row no-print">
          <button type="button" onClick={() => window.print()}>
            {t('common.print')}
          </button>
          {changeable && (
            <button type="button" onClick={() => setRescheduling(!rescheduling)}>
              {t('applicant.reschedule')}
            </button>
          )}
          {changeable && (
            <button
              type="button"
              className="danger"
              onClick={() =>
                window.confirm(t('applicant.confirmCancel')) &&
                void run(() => cancel({ variables: { id: booking.id } }))
              }
            >
              {t('applicant.cancelBooking')}
            </button>
          )}
        </div>
      )}
      {rescheduling && (
        <SessionPicker
          officeId={booking.office.id}
          timeZone={zone}
          service={booking.service}
          onPick={(sessionId) => {
            setRescheduling(false);
            void run(() => reschedule({ variables: { id: booking.id, sessionId } }));
          }}
        />
      )}
    </article>
  );
}
