import { useSubgraphUnderTest } from '@antrian/testing';
import { loadCounterConfig } from '../src/config/counter.config';
import { startCounter } from '../src/counter.app';

/**
 * Readiness covers the database, NATS and the migrations (issue 11): a replica of a new version
 * whose migrations are not applied yet, or that has lost NATS, takes no traffic. Counter stands
 * for every subgraph (the checks live in libs/subgraph).
 */
describe('a subgraph’s readiness and metrics (PostgreSQL)', () => {
  const sut = useSubgraphUnderTest({
    database: 'counter-readiness',
    start: ({ env, bus, logger }) =>
      startCounter({ config: loadCounterConfig({ ...env }), bus, logger, migrate: true }),
  });
  const ready = async () => {
    const response = await fetch(sut.subgraph.url.replace(/\/graphql$/, '/health/ready'));
    return { status: response.status, body: (await response.json()) as { details: Record<string, unknown> } };
  };

  it('is not ready while a migration of this version is pending, nor while NATS is away', async () => {
    // The newest migration "not yet applied", as when a new version starts before its migration Job.
    const [{ name }] = (
      await sut.sql.query<{ name: string }>(
        'DELETE FROM migrations WHERE id = (SELECT max(id) FROM migrations) RETURNING name',
      )
    ).rows;
    const pending = await ready();
    expect(pending.status).toBe(503);
    expect(pending.body.details.migrations).toEqual({ status: 'down', pending: [name] });
    expect(pending.body.details.database).toEqual({ status: 'up' });
    await sut.sql.query('INSERT INTO migrations (timestamp, name) VALUES ($1, $2)', [Number(name.slice(-13)), name]);
    const applied = await ready();
    expect(applied.status).toBe(200);
    expect(applied.body.details).toMatchObject({ migrations: { status: 'up' }, nats: { status: 'up' } });

    const bus = sut.bus as typeof sut.bus & { isOnline?: () => boolean };
    bus.isOnline = () => false;
    try {
      const offline = await ready();
      expect(offline.status).toBe(503);
      expect(offline.body.details.nats).toEqual({ status: 'down', message: 'not connected' });
    } finally {
      delete bus.isOnline;
    }
    expect((await ready()).status).toBe(200);
  });

  it('serves its metrics to Prometheus', async () => {
    const response = await fetch(sut.subgraph.url.replace(/\/graphql$/, '/metrics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^antrian_outbox_backlog(\{[^}]*\})? 0$/m);
    expect(text).toContain('# TYPE antrian_graphql_request_duration_seconds histogram');
  });

  it('counts the open dead letters when Prometheus scrapes', async () => {
    const deadLetters = async () =>
      /^antrian_dead_letters_open(?:\{[^}]*\})? (\d+)$/m.exec(
        await (await fetch(sut.subgraph.url.replace(/\/graphql$/, '/metrics'))).text(),
      )?.[1];
    expect(await deadLetters()).toBe('0');
    await sut.sql.query(
      `INSERT INTO dead_letter_event (consumer, event_id, subject, version, envelope, reason, error)
       VALUES ('counter-test', gen_random_uuid(), 'scheduling.booking.created', 1, '{}', 'failed', 'boom')`,
    );
    expect(await deadLetters()).toBe('1');
    await sut.sql.query('UPDATE dead_letter_event SET resolved_at = now()');
    expect(await deadLetters()).toBe('0');
  });
});
