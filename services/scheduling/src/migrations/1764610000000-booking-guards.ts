import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What scheduling needs to refuse hostile clients: each person's birth date and sex from identity's
 * events (priority groups are checked), the attempts per client address and per officer or device
 * (rate-limiter-flexible's table shape), why the office cancelled a booking, and which family
 * entries a released NIK removed.
 *
 * Safe while the previous version serves: two new tables it never reads, and nullable columns
 * without a default, which PostgreSQL adds to the catalogue without rewriting or long-locking the
 * tables; the previous version's inserts leave them null.
 */
export class BookingGuards1764610000000 implements MigrationInterface {
  name = 'BookingGuards1764610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE IF NOT EXISTS person_facts (
        person_id uuid PRIMARY KEY,
        birth_date date NOT NULL,
        sex char(1) NOT NULL CHECK (sex IN ('F', 'M')),
        as_of timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE IF NOT EXISTS attempt_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    await queryRunner.query(`ALTER TABLE booking ADD COLUMN IF NOT EXISTS cancel_reason text`);
    await queryRunner.query(`ALTER TABLE family_member_copy ADD COLUMN IF NOT EXISTS removed_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE family_member_copy DROP COLUMN IF EXISTS removed_at`);
    await queryRunner.query(`ALTER TABLE booking DROP COLUMN IF EXISTS cancel_reason`);
    await queryRunner.query(`DROP TABLE IF EXISTS attempt_limit`);
    await queryRunner.query(`DROP TABLE IF EXISTS person_facts`);
  }
}
