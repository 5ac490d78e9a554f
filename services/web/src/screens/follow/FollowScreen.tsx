import { useTranslation } from 'react-i18next';
import { Shell } from '../../ui/Shell';

/**
 * The public page a printed ticket's QR code opens (`/ikuti/<followCode>`): the ticket live, no
 * sign-in. Built on contract v2 (`followTicket`, `followTicketChanged`).
 */
export default function FollowScreen() {
  const { t } = useTranslation();
  return (
    <Shell title={t('follow.title')} kind="phone">
      <p>{t('follow.notFound')}</p>
    </Shell>
  );
}
