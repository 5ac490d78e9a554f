import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which offices serve which person (an applicant herself, or a family member on her account), fed
 * by scheduling's `scheduling.booking.created` and `scheduling.booking.rescheduled` events: an
 * office's officers see whole only the NIKs of the people it serves. The primary key also serves
 * the lookup by person. No foreign key to `applicant` or `family_member`: the row is scheduling's
 * word, and an event naming a person identity does not hold must not stall the consumer. A new
 * table only, so the running version is untouched.
 */
export class CreatePersonServingOffice1764300000004 implements MigrationInterface {
  name = 'CreatePersonServingOffice1764300000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE person_serving_office (
        person_id uuid NOT NULL,
        office_id uuid NOT NULL,
        PRIMARY KEY (person_id, office_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE person_serving_office`);
  }
}
