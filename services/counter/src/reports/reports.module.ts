import { Module } from '@nestjs/common';
import { CountersModule } from '../counters/counters.module';
import { ReportRepository } from './report.repository';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

/** The supervisor's figures of a day, computed in SQL from the stage visits. */
@Module({
  imports: [CountersModule],
  providers: [ReportRepository, ReportsService, ReportsResolver],
})
export class ReportsModule {}
