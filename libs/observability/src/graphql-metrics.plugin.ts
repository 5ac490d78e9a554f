import type { ApolloServerPlugin } from '@apollo/server';
import { counterMetric, histogramMetric } from './metrics-registry';

/** Latency buckets in seconds: a resolved query takes milliseconds, a slow one a few seconds. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Clients choose operation names: beyond this many distinct ones, further names count as `other`. */
export const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export function graphqlMetrics() {
  return {
    requests: counterMetric('antrian_graphql_requests_total', 'GraphQL operations received, per operation', [
      'operation',
      'type',
    ]),
    errors: counterMetric(
      'antrian_graphql_errors_total',
      'GraphQL operations answered with at least one error, per operation and first error code',
      ['operation', 'type', 'code'],
    ),
    duration: histogramMetric(
      'antrian_graphql_request_duration_seconds',
      'Time from receiving a GraphQL operation to sending its response, per operation',
      ['operation', 'type'],
      LATENCY_BUCKETS,
    ),
  };
}

/** Bounded label values: an unnamed or odd name is `anonymous`, names past the cap are `other`. */
export class OperationNames {
  private readonly seen = new Set<string>();

  constructor(private readonly max = MAX_OPERATION_NAMES) {}

  label(name: string | null | undefined): string {
    if (!name || !OPERATION_NAME.test(name)) return 'anonymous';
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(name);
    return name;
  }
}

/**
 * Counts each GraphQL operation, its errors and its latency, labelled by operation name and type
 * (`query`, `mutation`; `unknown` when it did not parse). The same plugin serves the gateway and
 * every subgraph (whose `service` label tells them apart). A few counter increments per request.
 */
export function graphqlMetricsPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  const metrics = graphqlMetrics();
  const names = new OperationNames();
  return {
    async requestDidStart() {
      const stop = metrics.duration.startTimer();
      return {
        async willSendResponse({ operationName, operation, response, errors }) {
          const labels = { operation: names.label(operationName), type: operation?.operation ?? 'unknown' };
          metrics.requests.inc(labels);
          stop(labels);
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const first = errors?.[0] ?? single?.errors?.[0];
          if (first) {
            const code = first.extensions?.code;
            metrics.errors.inc({ ...labels, code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR' });
          }
        },
      };
    },
  };
}
