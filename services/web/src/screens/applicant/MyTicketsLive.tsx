import { useQuery, useSubscription } from '@apollo/client';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { minutes } from '../../ui/format';

export const MyTicketFields = graphql(`
  fragment MyTicketFields on Ticket {
    id
    number
    status
    stage
    position
    estimatedWaitSeconds
    callCount
    counter {
      id
      name
    }
  }
`);

const MyTickets = graphql(`
  query MyTickets {
    myTickets {
      ...MyTicketFields
    }
  }
`);

const MyTicketsChanged = graphql(`
  subscription MyTicketsChanged {
    myTicketsChanged {
      ...MyTicketFields
    }
  }
`);

/** A short tone and a vibration: she is called. */
function alertHer(): void {
  navigator.vibrate?.([300, 150, 300]);
  const AudioContextClass = (window as unknown as { AudioContext?: typeof AudioContext }).AudioContext;
  if (!AudioContextClass) return;
  try {
    const context = new AudioContextClass();
    const oscillator = context.createOscillator();
    oscillator.frequency.value = 880;
    oscillator.connect(context.destination);
    oscillator.start();
    oscillator.stop(context.currentTime + 0.4);
    setTimeout(() => void context.close(), 800);
  } catch {
    // no audio: the screen and the vibration remain
  }
}

/**
 * Her tickets of today, live from `myTicketsChanged`: position, estimated wait, and "Silakan menuju
 * Loket 2" with a sound and a vibration when she is called.
 */
export function MyTicketsLive() {
  const { t } = useTranslation();
  const initial = useQuery(MyTickets, { fetchPolicy: 'no-cache' });
  const live = useSubscription(MyTicketsChanged, { fetchPolicy: 'no-cache' });
  const tickets = live.data?.myTicketsChanged ?? initial.data?.myTickets ?? [];
  const alerted = useRef(new Set<string>());
  useEffect(() => {
    for (const ticket of tickets) {
      const key = `${ticket.id}#${ticket.callCount}`;
      if (ticket.status === 'CALLED' && !alerted.current.has(key)) {
        alerted.current.add(key);
        if (live.data) alertHer();
      }
    }
  }, [tickets, live.data]);
  const today = tickets.filter((ticket) => ticket.status !== 'DONE');
  if (today.length === 0) return null;
  return (
    <section aria-labelledby="today-heading" className="notice" aria-live="assertive">
      <h2 id="today-heading">{t('applicant.today')}</h2>
      {today.map((ticket) => (
        <div key={ticket.id} className="my-ticket" data-testid="my-ticket">
          <p className="console-number">{ticket.number}</p>
          <p>
            {t(`status.${ticket.status}`)} · {t(`stage.${ticket.stage}`)}
          </p>
          {ticket.status === 'CALLED' && ticket.counter ? (
            <p className="called" data-testid="called">
              {t('applicant.calledTo', { counter: ticket.counter.name })}
            </p>
          ) : (
            <>
              {ticket.position != null && <p>{t('applicant.position', { position: ticket.position })}</p>}
              {ticket.estimatedWaitSeconds != null && (
                <p>{t('applicant.estimated', { minutes: minutes(ticket.estimatedWaitSeconds) })}</p>
              )}
            </>
          )}
        </div>
      ))}
    </section>
  );
}
