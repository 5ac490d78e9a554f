import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Family members an applicant books for. A new table only, so the running version is untouched.
 * A NIK is unique here and in `applicant`; that it is never in both is kept by the trigger of
 * migration 1764300000005 (one NIK, one person).
 */
export class CreateFamilyMember1764300000002 implements MigrationInterface {
  name = 'CreateFamilyMember1764300000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE family_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        applicant_id uuid NOT NULL REFERENCES applicant (id),
        nik char(16) NOT NULL UNIQUE,
        full_name text NOT NULL CHECK (full_name <> ''),
        birth_date date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX family_member_applicant_idx ON family_member (applicant_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE family_member`);
  }
}
