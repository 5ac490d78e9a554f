import { useQuery } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { GraphProvider } from '../../app/GraphProvider';
import { Link } from '../../app/router';
import { graphql } from '../../gql';
import { formatTime, localDate } from '../../ui/format';
import { Shell } from '../../ui/Shell';
import { StepPicture } from './StepPicture';

const HomeOffices = graphql(`
  query HomeOffices($today: Date!) {
    offices {
      id
      code
      name
      address
      timeZone
      releaseMode
      releaseDaysAhead
      releaseTime
      availability(from: $today, to: $today) {
        date
        open
        sessions {
          id
          startsAt
          endsAt
        }
      }
    }
  }
`);

const HomeWaiting = graphql(`
  query HomeWaiting($officeId: ID!) {
    queueBoard(officeId: $officeId) {
      officeId
      updatedAt
      queues {
        stage
        waiting
      }
    }
  }
`);

const REFRESH_MS = 30_000;

/** Home, for the public: how a visit goes, step by step, and each office with its queue now. */
export default function HomeScreen() {
  return (
    <GraphProvider>
      <Home />
    </GraphProvider>
  );
}

function Home() {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(HomeOffices, { variables: { today: localDate('Asia/Jakarta') } });
  const steps = ['step1', 'step2', 'step3', 'step4'] as const;
  return (
    <Shell title={t('home.title')} kind="desktop" actions={<Link to="/saya">{t('home.start')}</Link>}>
      <p className="lead">{t('home.lead')}</p>
      <section aria-labelledby="how-heading">
        <h2 id="how-heading">{t('home.howTitle')}</h2>
        <ol className="steps">
          {steps.map((step, index) => (
            <li key={step}>
              <StepPicture step={index + 1} />
              <p>{t(`home.${step}`)}</p>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="offices-heading">
        <h2 id="offices-heading">{t('home.officesTitle')}</h2>
        <p className="muted">{t('home.refreshed')}</p>
        <ul className="office-cards">
          {data?.offices.map((office) => {
            const sessions = office.availability[0]?.sessions ?? [];
            return (
              <li key={office.id} className="office-card">
                <h3>{office.name}</h3>
                {office.address && <p>{office.address}</p>}
                <p>
                  <strong>{t('home.hoursToday')}:</strong>{' '}
                  {sessions.length
                    ? sessions
                        .map(
                          (session) =>
                            `${formatTime(session.startsAt, i18n.language, office.timeZone)}–${formatTime(session.endsAt, i18n.language, office.timeZone)}`,
                        )
                        .join(', ')
                    : t('home.closedToday')}
                </p>
                <p>
                  <strong>{t('home.release')}:</strong>{' '}
                  {office.releaseMode === 'ROLLING'
                    ? t('home.releaseRolling', { time: office.releaseTime, days: office.releaseDaysAhead })
                    : t('home.releaseMonthly', { time: office.releaseTime })}
                </p>
                <WaitingNow officeId={office.id} />
              </li>
            );
          })}
        </ul>
      </section>
      <nav aria-label={t('home.screens')} className="screen-links">
        <Link to="/papan">{t('board.title')}</Link>
        <Link to="/kiosk">{t('kiosk.title')}</Link>
        <Link to="/loket">{t('officer.title')}</Link>
        <Link to="/supervisor">{t('supervisor.title')}</Link>
      </nav>
    </Shell>
  );
}

/** How many wait at the office now: a query every half minute, no subscription per office. */
function WaitingNow({ officeId }: { officeId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(HomeWaiting, { variables: { officeId }, pollInterval: REFRESH_MS });
  if (!data) return null;
  const waiting = data.queueBoard.queues.reduce((sum, queue) => sum + queue.waiting, 0);
  return (
    <p className="waiting-now">
      <strong>{t('home.waitingNow')}:</strong> {t('board.people', { count: waiting })}
    </p>
  );
}
