import { useQuery, useSubscription } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { GraphProvider } from '../../app/GraphProvider';
import type { ScreenProps } from '../../app/router';
import { graphql } from '../../gql';
import { minutes } from '../../ui/format';
import { Shell } from '../../ui/Shell';

export const FollowFields = graphql(`
  fragment FollowFields on TicketFollow {
    number
    status
    stage
    position
    estimatedWaitSeconds
    counterName
    officeId
  }
`);

const Follow = graphql(`
  query Follow($code: String!) {
    followTicket(code: $code) {
      ...FollowFields
    }
  }
`);

const FollowChanged = graphql(`
  subscription FollowChanged($code: String!) {
    followTicketChanged(code: $code) {
      ...FollowFields
    }
  }
`);

/**
 * The public page a printed ticket's QR code opens (`/ikuti/<followCode>`): the ticket live, no
 * sign-in, walk-ins too. It shows no person and no booking: the graph gives none.
 */
export default function FollowScreen({ params }: ScreenProps) {
  const { t } = useTranslation();
  const code = decodeURIComponent(params[0] ?? '');
  return (
    <GraphProvider>
      <Shell title={t('follow.title')} kind="phone">
        {code ? <FollowTicket code={code} /> : <p>{t('follow.notFound')}</p>}
      </Shell>
    </GraphProvider>
  );
}

function FollowTicket({ code }: { code: string }) {
  const { t } = useTranslation();
  const initial = useQuery(Follow, { variables: { code }, fetchPolicy: 'no-cache' });
  const live = useSubscription(FollowChanged, { variables: { code }, fetchPolicy: 'no-cache' });
  const ticket = live.data?.followTicketChanged ?? initial.data?.followTicket;
  if (!ticket) return initial.loading ? <p>{t('common.loading')}</p> : <p>{t('follow.notFound')}</p>;
  return (
    <section className="notice" aria-live="assertive">
      <p className="kiosk-number" data-testid="follow-number">
        {ticket.number}
      </p>
      <p>
        {t(`status.${ticket.status}`)} · {t(`stage.${ticket.stage}`)}
      </p>
      {ticket.status === 'CALLED' && ticket.counterName ? (
        <p className="called">{t('applicant.calledTo', { counter: ticket.counterName })}</p>
      ) : (
        <>
          {ticket.position != null && <p>{t('applicant.position', { position: ticket.position })}</p>}
          {ticket.estimatedWaitSeconds != null && (
            <p>{t('applicant.estimated', { minutes: minutes(ticket.estimatedWaitSeconds) })}</p>
          )}
        </>
      )}
    </section>
  );
}
