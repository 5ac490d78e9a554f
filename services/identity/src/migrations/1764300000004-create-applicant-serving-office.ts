import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which offices serve which accounts, fed by scheduling's `scheduling.booking.created` and
 * `scheduling.booking.rescheduled` events: the officers of those offices see the account's NIKs
 * whole. The primary key also serves the lookup by account. No foreign key to `applicant`: the
 * row is scheduling's word, and an event naming an account identity does not hold (a test's
 * made-up applicant) must not stall the consumer. A new table only, so the running version is
 * untouched (it goes on showing NIKs to any officer until it is replaced).
 */
export class CreateApplicantServingOffice1764300000004 implements MigrationInterface {
  name = 'CreateApplicantServingOffice1764300000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE applicant_serving_office (
        applicant_id uuid NOT NULL,
        office_id uuid NOT NULL,
        since timestamptz NOT NULL,
        PRIMARY KEY (applicant_id, office_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE applicant_serving_office`);
  }
}
