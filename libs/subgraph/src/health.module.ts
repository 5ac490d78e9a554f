import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { Readiness } from './readiness';
import { READINESS_OPTIONS, ReadinessChecks, ReadinessOptions } from './readiness-checks';

/** `/health/live`, `/health/ready` and `/metrics`. */
@Module({})
export class HealthModule {
  static forRoot(options: ReadinessOptions): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController, MetricsController],
      providers: [{ provide: READINESS_OPTIONS, useValue: options }, ReadinessChecks, Readiness],
      exports: [Readiness],
    };
  }
}
