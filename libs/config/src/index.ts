export * from './dev-secret-guard';
export * from './dev-secrets';
export * from './load-config';
