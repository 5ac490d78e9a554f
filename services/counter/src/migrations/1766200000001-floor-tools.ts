import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The officer's daily tools (contract v2): a counter can be paused (its officer keeps it, nothing is
 * called there) with a reason; the office's recall rules reach the floor's copy of the office; a
 * cancelled session and a booking's cancel reason reach the floor's copies, so that check-in for a
 * cancelled session is refused. Only new nullable columns or columns with defaults: the previous
 * version neither reads nor writes them, so this is safe while it serves.
 */
export class FloorTools1766200000001 implements MigrationInterface {
  name = 'FloorTools1766200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE counter
        ADD COLUMN IF NOT EXISTS paused_at timestamptz,
        ADD COLUMN IF NOT EXISTS pause_reason text`);
    await queryRunner.query(`
      ALTER TABLE office_copy
        ADD COLUMN IF NOT EXISTS recall_gap_seconds integer NOT NULL DEFAULT 60,
        ADD COLUMN IF NOT EXISTS max_calls integer NOT NULL DEFAULT 3`);
    await queryRunner.query(`
      ALTER TABLE session_copy
        ADD COLUMN IF NOT EXISTS cancelled_at timestamptz,
        ADD COLUMN IF NOT EXISTS cancel_reason text,
        ALTER COLUMN capacity SET DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE booking_copy ADD COLUMN IF NOT EXISTS cancel_reason text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE booking_copy DROP COLUMN IF EXISTS cancel_reason`);
    await queryRunner.query(`
      ALTER TABLE session_copy
        DROP COLUMN IF EXISTS cancelled_at, DROP COLUMN IF EXISTS cancel_reason, ALTER COLUMN capacity DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE office_copy DROP COLUMN IF EXISTS recall_gap_seconds, DROP COLUMN IF EXISTS max_calls`,
    );
    await queryRunner.query(`ALTER TABLE counter DROP COLUMN IF EXISTS paused_at, DROP COLUMN IF EXISTS pause_reason`);
  }
}
