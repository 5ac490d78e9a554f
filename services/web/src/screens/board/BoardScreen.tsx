import { useQuery, useSubscription } from '@apollo/client';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreenProps } from '../../app/router';
import { GraphProvider } from '../../app/GraphProvider';
import type { BoardFieldsFragment, Language } from '../../gql/graphql';
import { locale } from '../../i18n';
import { Link } from '../../app/router';
import { minutes } from '../../ui/format';
import { Shell } from '../../ui/Shell';
import { Announcer } from './announcer';
import { Board, BoardChanged, BoardOffices } from './board.operations';

/**
 * The board (16:9 TV): now serving, the latest call large with a chime and its announcement spoken,
 * waiting per stage. Public: it needs no sign-in, only the office (`/papan/BLITAR`).
 */
export default function BoardScreen({ params }: ScreenProps) {
  const officeCode = params[0] ?? new URLSearchParams(window.location.search).get('office') ?? undefined;
  return (
    <GraphProvider>
      <BoardForOffice officeCode={officeCode} />
    </GraphProvider>
  );
}

function BoardForOffice({ officeCode }: { officeCode?: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(BoardOffices, { fetchPolicy: 'cache-first' });
  const office = data?.offices.find((candidate) => candidate.code === officeCode?.toUpperCase());
  if (!office) {
    return (
      <Shell title={t('board.title')} kind="tv">
        <h2>{t('board.chooseOffice')}</h2>
        <ul className="choices">
          {data?.offices.map((candidate) => (
            <li key={candidate.id}>
              <Link to={`/papan/${candidate.code}`}>{candidate.name}</Link>
            </li>
          ))}
        </ul>
      </Shell>
    );
  }
  return <LiveBoard officeId={office.id} officeName={office.name} />;
}

/** The graph's language for the board's own i18n language (the board asks for its announcements in it). */
export function boardLanguage(language: string): Language {
  return language.startsWith('en') ? 'ENGLISH' : 'INDONESIAN';
}

/** Counters on a break (paused) that the board lists, ticket or not, without their reason. */
export function pausedCounters(board: BoardFieldsFragment | undefined): { id: string; name: string }[] {
  return (board?.counters ?? []).filter((counter) => counter.status === 'PAUSED').map(({ id, name }) => ({ id, name }));
}

export function LiveBoard({ officeId, officeName }: { officeId: string; officeName: string }) {
  const { t, i18n } = useTranslation();
  // No cache: a board shows thousands of updates a day and must not hold on to them.
  const language = boardLanguage(i18n.language);
  const initial = useQuery(Board, { variables: { officeId, language }, fetchPolicy: 'no-cache' });
  const live = useSubscription(BoardChanged, { variables: { officeId, language }, fetchPolicy: 'no-cache' });
  const board = live.data?.queueBoardChanged ?? initial.data?.queueBoard;
  const announcer = useRef<Announcer | null>(null);
  announcer.current ??= new Announcer(() => locale(i18n.language));

  useEffect(() => {
    if (!board) return;
    const calls = board.nowServing.map((call) => ({
      ticketId: call.ticket.id,
      callCount: call.ticket.callCount,
      text: call.announcement,
    }));
    if (!live.data) {
      announcer.current!.prime(calls);
      return;
    }
    announcer.current!.prime([]);
    [...calls].reverse().forEach((call) => announcer.current!.announce(call));
  }, [board, live.data]);

  const [latest, ...others] = board?.nowServing ?? [];
  const queues = useMemo(() => board?.queues ?? [], [board]);
  return (
    <Shell title={`${t('board.title')} · ${officeName}`} kind="tv">
      <div className="board">
        <section className="board-latest" aria-live="assertive" aria-labelledby="latest-heading">
          <h2 id="latest-heading">{t('board.latestCall')}</h2>
          {latest ? (
            <p className="board-latest-call" data-testid="latest-call">
              <span className="board-number">{latest.ticket.number}</span>
              <span className="board-arrow" aria-hidden="true">
                →
              </span>
              <span className="board-counter">{latest.counter.name}</span>
            </p>
          ) : (
            <p className="board-empty">{t('board.nobody')}</p>
          )}
        </section>
        <section className="board-serving" aria-labelledby="serving-heading">
          <h2 id="serving-heading">{t('board.nowServing')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('board.number')}</th>
                <th scope="col">{t('board.counter')}</th>
              </tr>
            </thead>
            <tbody>
              {others.map((call) => (
                <tr key={call.ticket.id}>
                  <td className="board-number-small">{call.ticket.number}</td>
                  <td>{call.counter.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="board-queues" aria-labelledby="queues-heading">
          <h2 id="queues-heading">{t('board.waiting')}</h2>
          <ul>
            {queues.map((queue) => (
              <li key={queue.stage}>
                <span className="board-stage">{t(`stage.${queue.stage}`)}</span>
                <span className="board-waiting">{t('board.people', { count: queue.waiting })}</span>
                {queue.averageWaitSeconds != null && (
                  <span className="board-average">
                    {t('board.averageWait', { minutes: minutes(queue.averageWaitSeconds) })}
                  </span>
                )}
              </li>
            ))}
          </ul>
          <PausedCounters counters={pausedCounters(board)} />
        </section>
      </div>
    </Shell>
  );
}

/** Counters on a break (`Counter.status == PAUSED`); the reason stays with the office. */
function PausedCounters({ counters }: { counters: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  if (counters.length === 0) return null;
  return (
    <div className="board-paused" data-testid="paused-counters">
      <h3>{t('board.paused')}</h3>
      <ul>
        {counters.map((counter) => (
          <li key={counter.id}>{counter.name}</li>
        ))}
      </ul>
    </div>
  );
}
