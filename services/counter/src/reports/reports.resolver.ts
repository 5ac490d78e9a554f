import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { CurrentIdentity, DateScalar } from '@antrian/subgraph';
import { DayReportModel } from './day-report.model';
import { ReportsService } from './reports.service';

@Resolver(() => DayReportModel)
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Query(() => DayReportModel, {
    description: 'SUPERVISOR of the office, or ADMIN: per stage, counter and officer, for an office-local day',
  })
  dayReport(
    @Args('officeId', { type: () => ID }) officeId: string,
    @Args('date', { type: () => DateScalar }) date: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<DayReportModel> {
    return this.reports.dayReport(identity, officeId, date);
  }
}
