export * from './fault-client';
export * from './fault-stack';
export * from './managed-process';
export * from './nats-server';
export * from './run-dir';
export * from './describe-faults';
export * from './events-cli';
