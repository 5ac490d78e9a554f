import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's one metrics registry. Every metric of Antrian is made through the functions below,
 * which return the metric already registered under that name: a test process that starts the same
 * code twice (or two services' libraries) shares one metric instead of failing on a duplicate.
 */
export const metricsRegistry = new Registry();

let defaultsCollected = false;

/**
 * Names the process (`service` label on every series) and adds Node's own metrics (CPU, memory,
 * event-loop lag, garbage collection). Called once at start by each process; a later call only
 * renames.
 */
export function configureMetrics(service: string): void {
  metricsRegistry.setDefaultLabels({ service });
  if (defaultsCollected) return;
  defaultsCollected = true;
  collectDefaultMetrics({ register: metricsRegistry });
}

type Labels<L extends string> = readonly L[];

export function counterMetric<L extends string = never>(
  name: string,
  help: string,
  labelNames: Labels<L> = [],
): Counter<L> {
  const existing = metricsRegistry.getSingleMetric(name);
  if (existing) return existing as Counter<L>;
  return new Counter<L>({ name, help, labelNames: [...labelNames], registers: [metricsRegistry] });
}

export function histogramMetric<L extends string = never>(
  name: string,
  help: string,
  labelNames: Labels<L>,
  buckets: number[],
): Histogram<L> {
  const existing = metricsRegistry.getSingleMetric(name);
  if (existing) return existing as Histogram<L>;
  return new Histogram<L>({ name, help, labelNames: [...labelNames], buckets, registers: [metricsRegistry] });
}

/**
 * A gauge read when Prometheus scrapes: `collect` sets its values (it may be async, e.g. a query).
 * One collector per gauge name; registering again replaces the collector (the newest app wins).
 */
export function collectedGauge<L extends string = never>(
  name: string,
  help: string,
  labelNames: Labels<L>,
  collect: (gauge: Gauge<L>) => void | Promise<void>,
): Gauge<L> {
  collectors.set(name, collect as (gauge: Gauge<string>) => void | Promise<void>);
  const existing = metricsRegistry.getSingleMetric(name);
  if (existing) return existing as Gauge<L>;
  return new Gauge<L>({
    name,
    help,
    labelNames: [...labelNames],
    registers: [metricsRegistry],
    async collect() {
      try {
        await collectors.get(name)?.(this as Gauge<string>);
      } catch {
        // A source that cannot answer now (its database is away) leaves the last values; the
        // readiness check says why, and the scrape of every other metric goes on.
      }
    },
  });
}

const collectors = new Map<string, (gauge: Gauge<string>) => void | Promise<void>>();

/** Forgets a gauge's collector (its app stopped): the gauge keeps its last values. */
export function removeCollector(name: string): void {
  collectors.delete(name);
}

/** The text Prometheus scrapes, and its content type. */
export async function scrapeMetrics(): Promise<{ contentType: string; body: string }> {
  return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
}
