import { render, screen, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { renderWithGraph, useLanguage } from '../../testing/render';
import { localDate } from '../../ui/format';
import { Floor } from './Floor';
import { Report } from './SupervisorScreen';
import {
  ExpectedArrivalsQuery,
  SupervisorFloor,
  SupervisorFloorChanged,
  SupervisorReport,
} from './supervisor.operations';
import { WaitsByHour, waitsPerHour, type HourRow } from './WaitsByHour';

const counter = (id: string, name: string, status: string, pauseReason: string | null, officer: string | null) => ({
  id,
  name,
  status,
  pauseReason,
  officer: officer ? { id: `off-${id}`, fullName: officer } : null,
  currentTicket: null,
});
const floor = (overrides: Record<string, unknown>) => ({
  __typename: 'OfficeFloor',
  officeId: 'o-1',
  date: '2026-11-30',
  updatedAt: '2026-11-30T02:00:00Z',
  counters: [counter('c-1', 'Loket 1', 'OPEN', null, 'Dewi'), counter('c-2', 'Loket 2', 'CLOSED', null, null)],
  queues: [{ stage: 'RECEPTION', waiting: 3, averageWaitSeconds: 240 }],
  onHold: [],
  longestWaitSeconds: 600,
  servedToday: 12,
  noShowsToday: 1,
  ...overrides,
});

describe("the supervisor's dashboard", () => {
  beforeAll(() => useLanguage('id'));

  it('shows the floor, then follows officeFloorChanged: counters with status and officer, on hold, figures', async () => {
    const mocks = [
      {
        request: { query: SupervisorFloor, variables: { officeId: 'o-1' } },
        result: { data: { officeFloor: floor({}) } },
      },
      {
        request: { query: SupervisorFloorChanged, variables: { officeId: 'o-1' } },
        result: {
          data: {
            officeFloorChanged: floor({
              counters: [counter('c-1', 'Loket 1', 'PAUSED', 'Salat', 'Dewi')],
              onHold: [{ id: 't-9', number: 'A-009', stage: 'RECEPTION', holdReason: 'Fotokopi KK' }],
              longestWaitSeconds: 900,
              servedToday: 13,
              noShowsToday: 2,
            }),
          },
        },
        delay: 200,
      },
    ];
    renderWithGraph(<Floor officeId="o-1" />, mocks);
    await waitFor(() => expect(screen.getByTestId('served-today')).toHaveTextContent('12'), { timeout: 5_000 });
    expect(screen.getByTestId('floor-counter-c-1')).toHaveTextContent('Loket 1 · Buka');
    expect(screen.getByTestId('floor-counter-c-1')).toHaveTextContent('Dewi');
    expect(screen.getByTestId('floor-counter-c-2')).toHaveTextContent('Tutup');
    expect(screen.getByTestId('longest-wait')).toHaveTextContent('10 menit');
    expect(screen.getByText('Penerimaan berkas: 3 orang')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('served-today')).toHaveTextContent('13'));
    expect(screen.getByTestId('no-shows-today')).toHaveTextContent('2');
    expect(screen.getByTestId('longest-wait')).toHaveTextContent('15 menit');
    expect(screen.getByTestId('floor-counter-c-1')).toHaveTextContent('Istirahat (Salat)');
    expect(screen.getByTestId('floor-on-hold')).toHaveTextContent('A-009 · Penerimaan berkas · Fotokopi KK');
  });

  it('charts the waits per stage across the day from dayReport.byHour', async () => {
    const rows: HourRow[] = [
      { hour: 9, stage: 'INTERVIEW', served: 2, meanWaitSeconds: 900 },
      { hour: 8, stage: 'RECEPTION', served: 5, meanWaitSeconds: 300 },
      { hour: 9, stage: 'RECEPTION', served: 7, meanWaitSeconds: 600 },
      { hour: 10, stage: 'RECEPTION', served: 0, meanWaitSeconds: null },
    ];
    expect(waitsPerHour(rows)).toEqual({
      stages: ['INTERVIEW', 'RECEPTION'],
      hours: [
        { hour: 8, RECEPTION: 5 },
        { hour: 9, INTERVIEW: 15, RECEPTION: 10 },
        { hour: 10, RECEPTION: null },
      ],
    });
    render(
      <Suspense fallback={null}>
        <WaitsByHour rows={rows} />
      </Suspense>,
    );
    const chart = await screen.findByTestId('waits-by-hour', {}, { timeout: 15_000 });
    expect(chart).toHaveTextContent('Menunggu per jam (menit)');
    const nine = screen.getByRole('row', { name: /Pukul 09/ });
    expect(nine).toHaveTextContent('15');
    expect(nine).toHaveTextContent('10');
    expect(screen.getByRole('columnheader', { name: 'Wawancara' })).toBeInTheDocument();
  });

  it('says in one sentence that there are no figures yet, instead of empty charts, before the first ticket', async () => {
    const today = { officeId: 'o-1', date: localDate('Asia/Jakarta') };
    const mocks = [
      {
        request: { query: SupervisorReport, variables: today },
        result: {
          data: {
            dayReport: {
              ...today,
              ticketsIssued: 0,
              ticketsDone: 0,
              walkIns: 0,
              byHour: [],
              stages: [
                { stage: 'RECEPTION', figures: { served: 0, noShows: 0, meanWaitSeconds: null } },
                { stage: 'INTERVIEW', figures: { served: 0, noShows: 0, meanWaitSeconds: null } },
              ],
              counters: [],
              officers: [],
            },
          },
        },
      },
      { request: { query: ExpectedArrivalsQuery, variables: today }, result: { data: { expectedArrivals: [] } } },
    ];
    const { container } = renderWithGraph(<Report officeId="o-1" />, mocks);
    const empty = await screen.findByTestId('report-empty');
    expect(empty).toHaveTextContent('Belum ada tiket hari ini; grafik muncul setelah tiket pertama terbit.');
    expect(container.querySelector('.charts, figure.chart')).toBeNull();
  });
});
