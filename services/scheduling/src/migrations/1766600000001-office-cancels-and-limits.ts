import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contract v2's office rules and cancellations: how often a booking may be rescheduled and the
 * counter's call rules (per office), how often each booking was, and why the office cancelled a
 * session (which is then never sold again).
 *
 * Safe while the previous version serves: new columns with constant defaults (PostgreSQL 11+
 * adds them to the catalogue without rewriting the tables) and nullable ones; the previous
 * version neither reads nor writes them. It may still sell a place of a session cancelled while
 * both run (its seat UPDATE does not look at `cancelled_at`): cancel again once it is gone.
 */
export class OfficeCancelsAndLimits1766600000001 implements MigrationInterface {
  name = 'OfficeCancelsAndLimits1766600000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE office
        ADD COLUMN IF NOT EXISTS max_reschedules integer NOT NULL DEFAULT 1,
        ADD COLUMN IF NOT EXISTS recall_gap_seconds integer NOT NULL DEFAULT 60,
        ADD COLUMN IF NOT EXISTS max_calls integer NOT NULL DEFAULT 3`);
    await queryRunner.query(`ALTER TABLE booking ADD COLUMN IF NOT EXISTS reschedule_count integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`
      ALTER TABLE session
        ADD COLUMN IF NOT EXISTS cancel_reason text,
        ADD COLUMN IF NOT EXISTS cancelled_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE session DROP COLUMN IF EXISTS cancelled_at, DROP COLUMN IF EXISTS cancel_reason`,
    );
    await queryRunner.query(`ALTER TABLE booking DROP COLUMN IF EXISTS reschedule_count`);
    await queryRunner.query(`
      ALTER TABLE office DROP COLUMN IF EXISTS max_calls, DROP COLUMN IF EXISTS recall_gap_seconds,
        DROP COLUMN IF EXISTS max_reschedules`);
  }
}
