export * from './metrics-registry';
export * from './graphql-metrics.plugin';
export * from './domain-metrics';
export * from './tracing';
export * from './http';
export * from './process-observability';
