import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { EVENT_BUS, EventBus } from '@antrian/messaging';

export const READINESS_OPTIONS = Symbol('READINESS_OPTIONS');

export interface ReadinessOptions {
  /** Fail readiness while NATS is unreachable (READY_REQUIRES_NATS). */
  requireNats: boolean;
}

/** Migrations this code expects that the database has not recorded as applied. */
export function pendingMigrations(expected: readonly string[], applied: readonly string[]): string[] {
  const done = new Set(applied);
  return expected.filter((name) => !done.has(name));
}

/**
 * What a subgraph needs before it takes traffic, beside its database answering: NATS connected
 * (unless READY_REQUIRES_NATS=false) and every migration of this version applied (a pod of a new
 * version whose migration Job has not run yet stays out of the Service). Once all migrations are
 * seen applied, the answer is kept: applied migrations do not come undone.
 */
@Injectable()
export class ReadinessChecks {
  private migrationsApplied = false;

  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly dataSource: DataSource,
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    @Inject(READINESS_OPTIONS) private readonly options: ReadinessOptions,
  ) {}

  nats(): HealthIndicatorResult {
    const check = this.indicator.check('nats');
    const online = this.bus.isOnline?.() ?? true;
    if (online) return check.up();
    return this.options.requireNats ? check.down({ message: 'not connected' }) : check.up({ connected: false });
  }

  async migrations(): Promise<HealthIndicatorResult> {
    const check = this.indicator.check('migrations');
    if (this.migrationsApplied) return check.up();
    const table = this.dataSource.options.migrationsTableName ?? 'migrations';
    let applied: string[];
    try {
      const rows: { name: string }[] = await this.dataSource.query(`SELECT name FROM "${table}"`);
      applied = rows.map((row) => row.name);
    } catch {
      return check.down({ message: 'the migrations table cannot be read' });
    }
    const expected = this.dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
    const pending = pendingMigrations(expected, applied);
    if (pending.length) return check.down({ pending });
    this.migrationsApplied = true;
    return check.up();
  }
}
