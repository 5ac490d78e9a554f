import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { RECONCILIATION_CASES_OPEN, registerOpenCount } from '@antrian/observability';
import { ReconciliationCaseRepository } from './reconciliation-case.repository';

/** `antrian_reconciliation_cases_open`: the open cases, counted when Prometheus scrapes. */
@Injectable()
export class ReconciliationMetrics implements OnApplicationBootstrap, OnApplicationShutdown {
  private unregister?: () => void;

  constructor(private readonly cases: ReconciliationCaseRepository) {}

  onApplicationBootstrap(): void {
    this.unregister = registerOpenCount(RECONCILIATION_CASES_OPEN, { countOpen: () => this.cases.countOpen() });
  }

  onApplicationShutdown(): void {
    this.unregister?.();
  }
}
