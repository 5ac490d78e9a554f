import { useQuery } from '@apollo/client';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionScreen } from '../../app/SessionScreen';
import { localDate, minutes } from '../../ui/format';
import { SignInForm } from '../../ui/SignInForm';
import { OfficerMe } from '../officer/officer.operations';
import { DeskTools } from './DeskTools';
import { ExpectedArrivals } from './ExpectedArrivals';
import { Floor } from './Floor';
import { SupervisorReport } from './supervisor.operations';
import { WaitsByHour } from './WaitsByHour';

const FigureChart = lazy(() => import('./Charts'));

/** The supervisor's dashboard (desktop): the floor live, the day's report, officers, devices, caps. */
export default function SupervisorScreen() {
  const { t } = useTranslation();
  return (
    <SessionScreen
      role="officer"
      title={t('supervisor.title')}
      kind="desktop"
      signedIn={<Dashboard />}
      signedOut={<SignInForm role="officer" loginLabel={t('officer.nip')} />}
    />
  );
}

function Dashboard() {
  const { t } = useTranslation();
  const me = useQuery(OfficerMe);
  const officeId = me.data?.me?.__typename === 'Officer' ? (me.data.me.officeId ?? '') : '';
  if (!officeId) return <p>{t('common.loading')}</p>;
  return (
    <div className="dashboard">
      <Floor officeId={officeId} />
      <Report officeId={officeId} />
      <DeskTools officeId={officeId} />
    </div>
  );
}

export function Report({ officeId }: { officeId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(SupervisorReport, {
    variables: { officeId, date: localDate('Asia/Jakarta') },
    pollInterval: 60_000,
  });
  const report = data?.dayReport;
  return (
    <section aria-labelledby="report-heading" className="panel">
      <h2 id="report-heading">{t('supervisor.report')}</h2>
      {report && (
        <>
          <dl className="figures">
            <div>
              <dt>{t('supervisor.issued')}</dt>
              <dd>{report.ticketsIssued}</dd>
            </div>
            <div>
              <dt>{t('supervisor.done')}</dt>
              <dd>{report.ticketsDone}</dd>
            </div>
            <div>
              <dt>{t('supervisor.walkIns')}</dt>
              <dd>{report.walkIns}</dd>
            </div>
          </dl>
          {report.ticketsIssued === 0 ? (
            // Early in the day: one sentence, not four empty charts (nor their library's download).
            <p className="muted" data-testid="report-empty">
              {t('supervisor.noFiguresYet')}
            </p>
          ) : (
            <Suspense fallback={<p>{t('common.loading')}</p>}>
              <div className="charts">
                <FigureChart
                  title={t('supervisor.waitPerStage')}
                  rows={report.stages.map((row) => ({
                    name: t(`stage.${row.stage}`),
                    value: minutes(row.figures.meanWaitSeconds),
                  }))}
                />
                <FigureChart
                  title={t('supervisor.perCounter')}
                  rows={report.counters.map((row) => ({ name: row.counter.name, value: row.figures.served }))}
                />
                <FigureChart
                  title={t('supervisor.perOfficer')}
                  rows={report.officers.map((row) => ({ name: row.officer.fullName, value: row.figures.served }))}
                />
                <WaitsByHour rows={report.byHour} />
              </div>
            </Suspense>
          )}
        </>
      )}
      <ExpectedArrivals officeId={officeId} />
    </section>
  );
}
