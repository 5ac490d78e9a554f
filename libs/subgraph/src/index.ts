export * from './date.scalar';
export * from './domain-error';
export * from './format-error';
export * from './health.module';
export * from './request-context';
export * from './safe-error';
export * from './start-subgraph';
export * from './subgraph-graphql.module';
