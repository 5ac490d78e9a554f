import { Injectable } from '@nestjs/common';
import { requireOfficeManager, isUuid } from '@antrian/subgraph';
import { Identity } from '@antrian/auth';
import { STAGES } from '@antrian/contracts';
import { CounterRepository } from '../counters/counter.repository';
import { DayReportModel, ReportFiguresModel } from './day-report.model';
import { FigureRow, ReportRepository } from './report.repository';

const NOTHING: ReportFiguresModel = {
  served: 0,
  noShows: 0,
  meanWaitSeconds: null,
  p90WaitSeconds: null,
  meanServiceSeconds: null,
  p90ServiceSeconds: null,
};

function figuresOf(row: FigureRow | undefined): ReportFiguresModel {
  if (!row) return NOTHING;
  const { served, noShows, meanWaitSeconds, p90WaitSeconds, meanServiceSeconds, p90ServiceSeconds } = row;
  return { served, noShows, meanWaitSeconds, p90WaitSeconds, meanServiceSeconds, p90ServiceSeconds };
}

@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly counters: CounterRepository,
  ) {}

  /** The figures of one office-local day, for its supervisor (or an ADMIN). */
  async dayReport(actor: Identity | null, officeId: string, date: string): Promise<DayReportModel> {
    requireOfficeManager(actor, officeId);
    if (!isUuid(officeId)) {
      return {
        officeId,
        date,
        ticketsIssued: 0,
        ticketsDone: 0,
        walkIns: 0,
        total: NOTHING,
        stages: [],
        counters: [],
        officers: [],
        byHour: [],
      };
    }
    const [rows, counts, byHour] = await Promise.all([
      this.reports.figures(officeId, date),
      this.reports.ticketCounts(officeId, date),
      this.reports.byHour(officeId, date),
    ]);
    // Visits never called have no counter or officer: their NULL groups are no counter's figures.
    const counterRows = rows.filter((row) => row.grouping === 'COUNTER' && row.counterId);
    const officerRows = rows.filter((row) => row.grouping === 'OFFICER' && row.officerId);
    const counters = await this.counters.findByIds(counterRows.map((row) => row.counterId!));
    return {
      officeId,
      date,
      ticketsIssued: counts.issued,
      ticketsDone: counts.done,
      walkIns: counts.walkIns,
      total: figuresOf(rows.find((row) => row.grouping === 'DAY')),
      stages: STAGES.map((stage) => ({
        stage,
        figures: figuresOf(rows.find((row) => row.grouping === 'STAGE' && row.stage === stage)),
      })),
      counters: counterRows
        .filter((row) => counters.has(row.counterId!))
        .map((row) => ({ counter: counters.get(row.counterId!)!, figures: figuresOf(row) }))
        .sort((a, b) => a.counter.name.localeCompare(b.counter.name)),
      officers: officerRows
        .map((row) => ({ officer: { id: row.officerId! }, figures: figuresOf(row) }))
        .sort((a, b) => b.figures.served - a.figures.served || a.officer.id.localeCompare(b.officer.id)),
      byHour,
    };
  }
}
