import { useTranslation } from 'react-i18next';
import type { KioskTicketFieldsFragment } from '../../gql/graphql';
import { formatTime } from '../../ui/format';
import { QrCode } from '../../ui/QrCode';

interface Props {
  ticket: KioskTicketFieldsFragment;
  officeName: string;
  timeZone?: string;
  /** Contract v2 `Ticket.followCode`: a QR code of the public page that follows the ticket. */
  followCode?: string | null;
}

/** The printed ticket, laid out for 80 mm thermal paper (see the print rules in styles.css). */
export function TicketReceipt({ ticket, officeName, timeZone, followCode }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <div className="receipt" data-testid="receipt">
      <p className="receipt-office">{officeName}</p>
      <p className="receipt-number" data-testid="receipt-number">
        {ticket.number}
      </p>
      <p>{t(`stage.${ticket.stage}`)}</p>
      <p>{formatTime(ticket.checkedInAt, i18n.language, timeZone)}</p>
      {followCode && (
        <figure className="receipt-follow">
          <QrCode
            value={`${window.location.origin}/ikuti/${encodeURIComponent(followCode)}`}
            label={t('kiosk.followHint')}
            size={160}
          />
          <figcaption>{t('kiosk.followHint')}</figcaption>
          <a className="receipt-link" href={`/ikuti/${encodeURIComponent(followCode)}`} data-testid="follow-link">
            /ikuti/{followCode}
          </a>
        </figure>
      )}
    </div>
  );
}
