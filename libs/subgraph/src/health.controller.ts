import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Readiness } from './readiness';

/** Liveness: the process answers. Readiness: it takes new work and can reach its database. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly readiness: Readiness,
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
    return this.health.check([() => this.database.pingCheck('database', { timeout: 1500 })]);
  }
}
