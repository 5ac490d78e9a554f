import { configureMetrics } from './metrics-registry';
import { defineOpenCountGauges } from './domain-metrics';
import { startTracing, Tracing } from './tracing';

/**
 * What every process does first: names its metrics, defines the gauges every process exposes,
 * and starts tracing if OTEL_EXPORTER_OTLP_ENDPOINT is set.
 */
export function startProcessObservability(
  service: string,
  env: Record<string, string | undefined> = process.env,
): Tracing {
  configureMetrics(service);
  defineOpenCountGauges();
  return startTracing({ serviceName: service, env });
}
