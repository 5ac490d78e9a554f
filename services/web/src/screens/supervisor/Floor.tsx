import { useQuery, useSubscription } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { minutes } from '../../ui/format';
import { SupervisorFloor, SupervisorFloorChanged } from './supervisor.operations';

/**
 * The office floor live (`officeFloor`, then every `officeFloorChanged`): each counter with its
 * status and officer, the queues, the tickets on hold, the longest wait, served and no-shows today.
 */
export function Floor({ officeId }: { officeId: string }) {
  const { t } = useTranslation();
  const initial = useQuery(SupervisorFloor, { variables: { officeId }, fetchPolicy: 'network-only' });
  const live = useSubscription(SupervisorFloorChanged, { variables: { officeId } });
  const floor = live.data?.officeFloorChanged ?? initial.data?.officeFloor;
  const statusLabel = (status: string) =>
    status === 'PAUSED'
      ? t('supervisor.pausedNow')
      : status === 'OPEN'
        ? t('supervisor.openNow')
        : t('supervisor.closed');
  return (
    <section aria-labelledby="floor-heading" className="panel" data-testid="floor">
      <h2 id="floor-heading">{t('supervisor.floor')}</h2>
      {floor && (
        <dl className="figures">
          <div>
            <dt>{t('supervisor.servedToday')}</dt>
            <dd data-testid="served-today">{floor.servedToday}</dd>
          </div>
          <div>
            <dt>{t('supervisor.noShowsToday')}</dt>
            <dd data-testid="no-shows-today">{floor.noShowsToday}</dd>
          </div>
          <div>
            <dt>{t('supervisor.longestWait')}</dt>
            <dd data-testid="longest-wait">
              {floor.longestWaitSeconds == null
                ? '—'
                : t('supervisor.minutesShort', { minutes: minutes(floor.longestWaitSeconds) })}
            </dd>
          </div>
        </dl>
      )}
      <table>
        <caption className="visually-hidden">{t('supervisor.counters')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.counter')}</th>
            <th scope="col">{t('officer.title')}</th>
            <th scope="col">{t('officer.current')}</th>
          </tr>
        </thead>
        <tbody>
          {floor?.counters.map((counter) => (
            <tr key={counter.id} data-testid={`floor-counter-${counter.id}`}>
              <td>
                {counter.name} · {statusLabel(counter.status)}
                {counter.pauseReason && ` (${counter.pauseReason})`}
              </td>
              <td>{counter.officer?.fullName ?? '—'}</td>
              <td>
                {counter.currentTicket
                  ? `${counter.currentTicket.number} (${t(`status.${counter.currentTicket.status}`)})`
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="queue-figures">
        {floor?.queues.map((queue) => (
          <li key={queue.stage}>
            {t(`stage.${queue.stage}`)}: {t('board.people', { count: queue.waiting })}
          </li>
        ))}
      </ul>
      {floor && floor.onHold.length > 0 && (
        <>
          <h3>{t('supervisor.onHold')}</h3>
          <ul data-testid="floor-on-hold">
            {floor.onHold.map((ticket) => (
              <li key={ticket.id}>
                {ticket.number} · {t(`stage.${ticket.stage}`)}
                {ticket.holdReason && ` · ${ticket.holdReason}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
