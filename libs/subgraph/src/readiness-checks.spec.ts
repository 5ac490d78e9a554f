import { pendingMigrations } from './readiness-checks';

describe('pendingMigrations', () => {
  it('names the migrations of this version the database has not applied, in their order', () => {
    expect(pendingMigrations(['A1', 'B2', 'C3'], ['A1', 'C3'])).toEqual(['B2']);
    expect(pendingMigrations(['A1'], ['A1', 'Newer9'])).toEqual([]);
    expect(pendingMigrations(['A1', 'B2'], [])).toEqual(['A1', 'B2']);
  });
});
