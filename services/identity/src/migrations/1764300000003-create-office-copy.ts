import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity's copy of scheduling's office ids, fed by `scheduling.office.created`, so that an officer
 * is created only for an office that exists. A new table only, so the running version is untouched.
 */
export class CreateOfficeCopy1764300000003 implements MigrationInterface {
  name = 'CreateOfficeCopy1764300000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE office_copy (
        id uuid PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE office_copy`);
  }
}
