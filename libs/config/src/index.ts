export * from './dev-secrets';
export * from './load-config';
