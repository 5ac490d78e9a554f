import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Readiness } from './readiness';
import { ReadinessChecks } from './readiness-checks';

/**
 * Liveness: the process answers. Readiness: it takes new work (not shutting down), its database
 * answers, NATS is connected and every migration of this version is applied.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly readiness: Readiness,
    private readonly checks: ReadinessChecks,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    if (!this.readiness.accepting) {
      throw new ServiceUnavailableException({ status: 'shutting_down', info: {}, error: {}, details: {} });
    }
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 1500 }),
      () => this.checks.nats(),
      () => this.checks.migrations(),
    ]);
  }
}
