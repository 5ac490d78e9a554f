export * from './data-source-options';
export * from './embedded-postgres';
export * from './ensure-database';
export * from './run-migrations';
export * from './snake-naming.strategy';
export * from './postgres-errors';
export * from './advisory-lock';
