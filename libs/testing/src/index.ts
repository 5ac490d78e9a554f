export * from './graphql-client';
export * from './identity-fixtures';
export * from './nats';
export * from './test-database';
export * from './wait-for';
export * from './subgraph-caller';
export * from './free-port';
export * from './session-slot';
