import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each booking's own version (1 when made, one more with every change, kept by a trigger so no
 * code path can forget it), carried by the booking events so consumers order what they learn;
 * and the reconciliation cases the floor's late reports open instead of overselling a session.
 */
export class BookingVersionAndReconciliation1766000000100 implements MigrationInterface {
  name = 'BookingVersionAndReconciliation1766000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE booking ADD COLUMN version integer NOT NULL DEFAULT 1');
    await queryRunner.query(`
      CREATE FUNCTION booking_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.version := OLD.version + 1;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER booking_version_bump BEFORE UPDATE ON booking FOR EACH ROW EXECUTE FUNCTION booking_version_bump()',
    );
    await queryRunner.query(`
      CREATE TABLE reconciliation_case (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        booking_id uuid NOT NULL,
        office_id uuid NOT NULL,
        session_id uuid NOT NULL,
        reason text NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        CONSTRAINT reconciliation_case_pkey PRIMARY KEY (id),
        CONSTRAINT reconciliation_case_booking_reason_key UNIQUE (booking_id, reason)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE reconciliation_case');
    await queryRunner.query('DROP TRIGGER booking_version_bump ON booking');
    await queryRunner.query('DROP FUNCTION booking_version_bump()');
    await queryRunner.query('ALTER TABLE booking DROP COLUMN version');
  }
}
