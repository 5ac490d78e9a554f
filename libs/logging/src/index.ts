export * from './error-serializer';
export * from './logger';
