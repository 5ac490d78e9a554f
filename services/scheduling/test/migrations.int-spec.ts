import { randomUUID } from 'node:crypto';
import { DataSource, DataSourceOptions } from 'typeorm';
import { violatedUniqueConstraint } from '@antrian/database';
import { createTestDatabase, TestDatabase } from '@antrian/testing';
import { CreateSchedulingSchema1764400000000 } from '../src/migrations/1764400000000-create-scheduling-schema';
import { FamilyMemberBookings1764500000000 } from '../src/migrations/1764500000000-family-member-bookings';
import { schedulingDataSourceOptions } from '../src/scheduling-data-source';

/**
 * The family-member migration upgrades a database that the previous version has filled and goes
 * on serving: the one-active-booking rule keeps holding for the bookings already there, and the
 * migration reverts.
 */
describe('scheduling migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const options = () => schedulingDataSourceOptions({ DATABASE_URL: database.url, DATABASE_POOL_SIZE: 2 });

  beforeAll(async () => {
    database = await createTestDatabase('scheduling-migrations');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('moves the one-active-booking rule from the account to the person, and back', async () => {
    // The previous version's schema, with one active booking in it.
    const all = options();
    const migrations = all.migrations as unknown[];
    const previous = new DataSource({
      ...all,
      migrations: migrations.slice(
        0,
        migrations.indexOf(CreateSchedulingSchema1764400000000) + 1,
      ) as DataSourceOptions['migrations'],
    });
    await previous.initialize();
    await previous.runMigrations({ transaction: 'each' });
    await previous.destroy();
    dataSource = new DataSource(all);
    await dataSource.initialize();
    const [{ id: officeId }] = await dataSource.query(
      `INSERT INTO office (code, name, time_zone) VALUES ('MIG', 'Migration Office', 'Asia/Jakarta') RETURNING id`,
    );
    const [{ id: sessionId }] = await dataSource.query(
      `INSERT INTO session (office_id, local_date, starts_at, ends_at, capacity, booked, bookable_from, source)
       VALUES ($1, '2027-01-04', '2027-01-04T01:00:00Z', '2027-01-04T02:00:00Z', 10, 0, now(), 'EXTRA') RETURNING id`,
      [officeId],
    );
    const applicantId = randomUUID();
    const book = async (familyMemberId?: string) => {
      const columns = familyMemberId ? ', family_member_id' : '';
      const values = familyMemberId ? ', $5' : '';
      return dataSource
        .query(
          `INSERT INTO booking (id, code, applicant_id, office_id, session_id, service, status, idempotency_key${columns})
           VALUES (gen_random_uuid(), upper(substr(md5(random()::text), 1, 8)), $1, $2, $3, 'RENEWAL', 'BOOKED', $4${values})`,
          [applicantId, officeId, sessionId, randomUUID(), ...(familyMemberId ? [familyMemberId] : [])],
        )
        .then(
          () => 'booked',
          (error: unknown) => violatedUniqueConstraint(error) ?? error,
        );
    };
    expect(await book()).toBe('booked');

    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.map((migration) => migration.name)).toContain('FamilyMemberBookings1764500000000');
    // The account's own booking still counts; her daughter may have one of her own.
    expect(await book()).toBe('booking_one_active_idx');
    const daughter = randomUUID();
    await dataSource.query(`INSERT INTO family_member_copy (id, applicant_id) VALUES ($1, $2)`, [
      daughter,
      applicantId,
    ]);
    expect(await book(daughter)).toBe('booked');
    expect(await book(daughter)).toBe('booking_one_active_idx');
    const indexes = await dataSource.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'booking'`);
    expect(indexes.map((row: { indexname: string }) => row.indexname)).not.toContain('booking_one_active_next_idx');

    // TypeORM's undo ignores a migration's `transaction = false`; CONCURRENTLY needs it off. The
    // migrations after it are undone first, as a rollback would.
    await dataSource.query(`UPDATE booking SET status = 'CANCELLED' WHERE family_member_id IS NOT NULL`);
    const later = migrations.length - 1 - migrations.indexOf(FamilyMemberBookings1764500000000);
    for (let undone = 0; undone < later; undone += 1) await dataSource.undoLastMigration({ transaction: 'none' });
    await dataSource.undoLastMigration({ transaction: 'none' });
    const columns = await dataSource.query(
      `SELECT 1 FROM information_schema.columns WHERE table_name = 'booking' AND column_name = 'family_member_id'`,
    );
    expect(columns).toEqual([]);
    expect(await book()).toBe('booking_one_active_idx');
  });
});
