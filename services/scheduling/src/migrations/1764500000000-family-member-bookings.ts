import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applicants book for family members on one account. Identity owns the family members; scheduling
 * keeps which account each belongs to, and the one-active-booking rule moves from the account to
 * the person booked for. Additive, so the previous version keeps serving while it runs.
 */
export class FamilyMemberBookings1764500000000 implements MigrationInterface {
  name = 'FamilyMemberBookings1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE family_member_copy (
        id uuid PRIMARY KEY,
        applicant_id uuid NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`ALTER TABLE booking ADD COLUMN family_member_id uuid REFERENCES family_member_copy (id)`);
    // One active booking per person: the account holder's own, and one for each family member.
    await queryRunner.query(`DROP INDEX booking_one_active_idx`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX booking_one_active_idx ON booking ((COALESCE(family_member_id, applicant_id)))
        WHERE status IN ('BOOKED', 'CHECKED_IN')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX booking_one_active_idx`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX booking_one_active_idx ON booking (applicant_id) WHERE status IN ('BOOKED', 'CHECKED_IN')`,
    );
    await queryRunner.query(`ALTER TABLE booking DROP COLUMN family_member_id`);
    await queryRunner.query(`DROP TABLE family_member_copy`);
  }
}
