import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parser } from '@prometheus-io/lezer-promql';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..');

/** Production TypeScript files (no specs, no tests) under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'node_modules' || entry === 'test' ? [] : sources(path);
    return /\.ts$/.test(entry) && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(entry) ? [path] : [];
  });
}

/**
 * Every metric the processes expose: Antrian's own, as named in the code (each made once through
 * libs/observability), and Node's defaults from prom-client. A histogram's series are its name
 * with `_bucket`, `_sum` and `_count`.
 */
function exposedMetrics(): Set<string> {
  const names = new Set<string>();
  for (const file of ['libs', 'gateway/src', 'services'].flatMap((dir) => sources(join(ROOT, dir)))) {
    // `counterMetric('antrian_…'`, `collectedGauge('antrian_…'`, …, and the open-case gauges' constants.
    const text = readFileSync(file, 'utf8');
    for (const [, name] of text.matchAll(/(?:Metric|Gauge)(?:<[^>]*>)?\(\s*'(antrian_[a-z0-9_]+)'/g)) names.add(name);
    for (const [, name] of text.matchAll(/_OPEN = '(antrian_[a-z0-9_]+)'/g)) names.add(name);
  }
  const defaults = new Registry();
  collectDefaultMetrics({ register: defaults });
  for (const metric of defaults.getMetricsAsArray()) names.add(metric.name);
  for (const name of [...names]) for (const suffix of ['_bucket', '_sum', '_count']) names.add(`${name}${suffix}`);
  return names;
}

/**
 * The metric names a PromQL expression reads, by Prometheus's own PromQL grammar (the parser of
 * its web UI); fails on a syntax error.
 */
function metricsIn(expression: string): string[] {
  const tree = parser.parse(expression);
  const names: string[] = [];
  const errors: string[] = [];
  tree.iterate({
    enter: (node) => {
      if (node.type.isError) errors.push(`at ${node.from}: ${expression.slice(node.from, node.from + 20)}`);
      if (node.name === 'Identifier' && node.node.parent?.name === 'VectorSelector') {
        names.push(expression.slice(node.from, node.to));
      }
    },
  });
  if (errors.length) throw new Error(`PromQL syntax error in ${expression}: ${errors.join('; ')}`);
  return names;
}

interface Rule {
  alert: string;
  expr: string;
  for?: string;
  labels?: { severity?: string };
  annotations?: { summary?: string };
}

describe('deploy/observability', () => {
  const exposed = exposedMetrics();

  it('reads PromQL with Prometheus’s grammar: a broken expression fails, a metric inside a function is found', () => {
    expect(() => metricsIn('sum by (service (rate(antrian_calls_total[5m]))')).toThrow(/syntax error/);
    expect(metricsIn('sum by (le) (rate(antrian_x_bucket{code="A"}[5m])) > 1 and on() antrian_y')).toEqual([
      'antrian_x_bucket',
      'antrian_y',
    ]);
  });

  it('knows the metrics the issue asks for', () => {
    for (const name of [
      'antrian_graphql_requests_total',
      'antrian_graphql_errors_total',
      'antrian_graphql_request_duration_seconds',
      'antrian_gateway_websockets_open',
      'antrian_gateway_subscriptions_open',
      'antrian_gateway_live_messages_total',
      'antrian_gateway_live_executions_total',
      'antrian_outbox_backlog',
      'antrian_outbox_oldest_age_seconds',
      'antrian_consumer_lag',
      'antrian_bookings_total',
      'antrian_check_ins_total',
      'antrian_calls_total',
      'antrian_dead_letters_open',
      'antrian_reconciliation_cases_open',
    ]) {
      expect(exposed).toContain(name);
    }
  });

  describe('alerts.rules.yaml', () => {
    const file = parse(readFileSync(join(__dirname, 'alerts.rules.yaml'), 'utf8')) as {
      groups: { name: string; rules: Rule[] }[];
    };
    const rules = file.groups.flatMap((group) => group.rules);

    it('has the groups and alerts for a growing outbox, consumer lag, the error rate and p99 latency', () => {
      expect(file.groups.map((group) => group.name)).toEqual([
        'antrian-messaging',
        'antrian-graphql',
        'antrian-operations',
      ]);
      expect(rules.map((rule) => rule.alert)).toEqual(
        expect.arrayContaining([
          'AntrianOutboxGrowing',
          'AntrianConsumerLag',
          'AntrianGraphQLErrorRate',
          'AntrianGraphQLLatencyP99',
        ]),
      );
      expect(rules.find((rule) => rule.alert === 'AntrianGraphQLLatencyP99')?.expr).toContain(
        'histogram_quantile(0.99',
      );
    });

    it.each(rules.map((rule) => [rule.alert, rule] as const))(
      '%s reads only metrics that exist, waits before firing, and says how bad',
      (_name, rule) => {
        const names = metricsIn(rule.expr);
        expect(names.length).toBeGreaterThan(0);
        for (const name of names) expect(exposed).toContain(name);
        expect(rule.for).toMatch(/^\d+[smh]$/);
        expect(['warning', 'critical']).toContain(rule.labels?.severity);
        expect(rule.annotations?.summary).toBeTruthy();
      },
    );
  });

  describe('grafana-dashboard.json', () => {
    const dashboard = JSON.parse(readFileSync(join(__dirname, 'grafana-dashboard.json'), 'utf8')) as {
      uid: string;
      panels: { id: number; title: string; targets: { expr: string }[] }[];
    };

    it('is a dashboard whose every query reads metrics that exist', () => {
      expect(dashboard.uid).toBe('antrian-overview');
      expect(new Set(dashboard.panels.map((panel) => panel.id)).size).toBe(dashboard.panels.length);
      const expressions = dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr));
      expect(expressions.length).toBeGreaterThanOrEqual(dashboard.panels.length);
      for (const expression of expressions) {
        const names = metricsIn(expression);
        expect(names.length).toBeGreaterThan(0);
        for (const name of names) expect(exposed).toContain(name);
      }
      // Every metric of the issue has a panel.
      const read = new Set(expressions.flatMap(metricsIn));
      for (const name of [
        'antrian_outbox_backlog',
        'antrian_consumer_lag',
        'antrian_check_ins_total',
        'antrian_calls_total',
      ]) {
        expect(read).toContain(name);
      }
    });
  });
});
