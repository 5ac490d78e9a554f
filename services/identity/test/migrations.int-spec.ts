import { DataSource, DataSourceOptions } from 'typeorm';
import { violatedUniqueConstraint } from '@antrian/database';
import { createTestDatabase, TestDatabase } from '@antrian/testing';
import { identityDataSourceOptions } from '../src/identity-data-source';
import { OneNikOnePerson1764300000005 } from '../src/migrations/1764300000005-one-nik-one-person';

const NIK = '3505011708900001';
const OTHER_NIK = '3505011708900002';

/**
 * The hardening round's migrations upgrade a database the previous version filled and goes on
 * writing to: its rules (one NIK per person, one account per e-mail) keep holding with the same
 * constraint names, and a NIK or e-mail of a closed account or removed family entry is free again.
 */
describe('identity migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('identity-migrations');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('moves NIK and e-mail uniqueness onto open accounts and present family entries, keeping the rules’ names', async () => {
    const all = identityDataSourceOptions({ DATABASE_URL: database.url, DATABASE_POOL_SIZE: 2 });
    const migrations = all.migrations as unknown[];
    const previous = new DataSource({
      ...all,
      migrations: migrations.slice(
        0,
        migrations.indexOf(OneNikOnePerson1764300000005) + 1,
      ) as DataSourceOptions['migrations'],
    });
    await previous.initialize();
    await previous.runMigrations({ transaction: 'each' });
    await previous.destroy();
    dataSource = new DataSource(all);
    await dataSource.initialize();

    const insertApplicant = (nik: string, email: string) =>
      dataSource
        .query(
          `INSERT INTO applicant (nik, full_name, birth_date, email, password_hash)
           VALUES ($1, 'Siti', '1990-08-17', $2, 'x') RETURNING id`,
          [nik, email],
        )
        .then(
          (rows: { id: string }[]) => rows[0].id,
          (error: unknown) => `refused: ${violatedUniqueConstraint(error) ?? String(error)}`,
        );
    const insertMember = (applicantId: string, nik: string) =>
      dataSource
        .query(
          `INSERT INTO family_member (applicant_id, nik, full_name, birth_date) VALUES ($1, $2, 'Ayu', '1990-08-17') RETURNING id`,
          [applicantId, nik],
        )
        .then(
          (rows: { id: string }[]) => rows[0].id,
          (error: unknown) => `refused: ${violatedUniqueConstraint(error) ?? String(error)}`,
        );
    // The previous version's data.
    const holder = await insertApplicant(NIK, 'siti@example.id');
    const member = await insertMember(holder, OTHER_NIK);

    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.map((migration) => migration.name)).toEqual([
      'AccountsCloseAndSessionsEnd1764300000006',
      'ReleasedNiksRegistrable1764300000007',
      'CreatePersonBooking1766600000000',
    ]);
    // The rules hold for open accounts and present entries, under the names both versions know.
    expect(await insertApplicant(NIK, 'other@example.id')).toBe('refused: applicant_nik_key');
    expect(await insertApplicant('3505011708900003', 'siti@example.id')).toBe('refused: applicant_email_key');
    expect(await insertApplicant(OTHER_NIK, 'ayu@example.id')).toBe('refused: nik_one_person');
    expect(await insertMember(holder, NIK)).toBe('refused: nik_one_person');

    // Closed and removed ones hold nothing.
    await dataSource.query(`UPDATE applicant SET closed_at = now() WHERE id = $1`, [holder]);
    await dataSource.query(`UPDATE family_member SET removed_at = now() WHERE id = $1`, [member]);
    const owner = await insertApplicant(NIK, 'siti@example.id');
    expect(owner).toMatch(/^[0-9a-f-]{36}$/);
    expect(await insertApplicant(OTHER_NIK, 'ayu@example.id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await insertMember(owner, '3505011708900004')).toMatch(/^[0-9a-f-]{36}$/);

    const indexes = await dataSource.query(`SELECT indexname FROM pg_indexes WHERE indexname LIKE '%_next'`);
    expect(indexes).toEqual([]);
  });
});
