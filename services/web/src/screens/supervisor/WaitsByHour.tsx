import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../gql/graphql';
import { minutes } from '../../ui/format';

const HourChart = lazy(() => import('./Charts').then((charts) => ({ default: charts.HourChart })));

export interface HourRow {
  hour: number;
  stage: Stage;
  served: number;
  meanWaitSeconds?: number | null;
}

/** One row per office-local hour, one column per stage: its mean wait in minutes (null: nobody called). */
export function waitsPerHour(rows: readonly HourRow[]): {
  stages: Stage[];
  hours: ({ hour: number } & Partial<Record<Stage, number | null>>)[];
} {
  const stages = [...new Set(rows.map((row) => row.stage))];
  const byHour = new Map<number, { hour: number } & Partial<Record<Stage, number | null>>>();
  for (const row of [...rows].sort((a, b) => a.hour - b.hour)) {
    const entry = byHour.get(row.hour) ?? { hour: row.hour };
    entry[row.stage] = row.meanWaitSeconds == null ? null : minutes(row.meanWaitSeconds);
    byHour.set(row.hour, entry);
  }
  return { stages, hours: [...byHour.values()] };
}

/** Waits per stage across the day (`dayReport { byHour }`), drawn by the chart library. */
export function WaitsByHour({ rows }: { rows: readonly HourRow[] }) {
  const { t } = useTranslation();
  const { stages, hours } = waitsPerHour(rows);
  return (
    <HourChart
      title={t('supervisor.waitByHour')}
      series={stages.map((stage) => ({ key: stage, name: t(`stage.${stage}`) }))}
      rows={hours.map((entry) => ({
        ...entry,
        name: t('supervisor.hour', { hour: String(entry.hour).padStart(2, '0') }),
      }))}
    />
  );
}
