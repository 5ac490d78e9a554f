import { Module } from '@nestjs/common';
import { ReconciliationCaseRepository } from './reconciliation-case.repository';
import { ReconciliationMetrics } from './reconciliation-metrics';

@Module({
  providers: [ReconciliationCaseRepository, ReconciliationMetrics],
  exports: [ReconciliationCaseRepository],
})
export class ReconciliationModule {}
