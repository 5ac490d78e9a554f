import { MigrationInterface, QueryRunner } from 'typeorm';

const ACTIVE = `status IN ('BOOKED', 'CHECKED_IN')`;

/**
 * Applicants book for family members on one account. Identity owns the family members; scheduling
 * keeps which account each belongs to, and the one-active-booking rule moves from the account to
 * the person booked for.
 *
 * Safe while the previous version serves, which is why it runs outside a transaction: the new
 * column is a catalogue change, its foreign key is checked without blocking writers (NOT VALID,
 * then VALIDATE), and the new unique index is built CONCURRENTLY before the old one is dropped.
 * The previous version never sets `family_member_id`, so for its bookings the new index enforces
 * exactly its own rule; the new index then takes the old one's name, which both versions map to
 * ACTIVE_BOOKING_EXISTS. Each step can be run again after a crash half-way. (TypeORM's undo does
 * not honour `transaction = false`: revert it with `undoLastMigration({ transaction: 'none' })`.)
 */
export class FamilyMemberBookings1764500000000 implements MigrationInterface {
  name = 'FamilyMemberBookings1764500000000';
  transaction = false;

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE IF NOT EXISTS family_member_copy (
        id uuid PRIMARY KEY,
        applicant_id uuid NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`ALTER TABLE booking ADD COLUMN IF NOT EXISTS family_member_id uuid`);
    if (!(await this.constraintExists(queryRunner, 'booking_family_member_fk'))) {
      await queryRunner.query(
        `ALTER TABLE booking ADD CONSTRAINT booking_family_member_fk
           FOREIGN KEY (family_member_id) REFERENCES family_member_copy (id) NOT VALID`,
      );
    }
    await queryRunner.query(`ALTER TABLE booking VALIDATE CONSTRAINT booking_family_member_fk`);
    // One active booking per person: the account holder's own, and one for each family member.
    await this.replaceActiveIndex(queryRunner, '(COALESCE(family_member_id, applicant_id))');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.replaceActiveIndex(queryRunner, '(applicant_id)');
    await queryRunner.query(`ALTER TABLE booking DROP CONSTRAINT IF EXISTS booking_family_member_fk`);
    await queryRunner.query(`ALTER TABLE booking DROP COLUMN IF EXISTS family_member_id`);
    await queryRunner.query(`DROP TABLE IF EXISTS family_member_copy`);
  }

  /** Builds the rule's new index beside the old one, then gives it the old one's name. */
  private async replaceActiveIndex(queryRunner: QueryRunner, key: string): Promise<void> {
    const building = 'booking_one_active_next_idx';
    // A build interrupted by a crash leaves an invalid index behind; it is built again.
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS ${building}`);
    await queryRunner.query(`CREATE UNIQUE INDEX CONCURRENTLY ${building} ON booking (${key}) WHERE ${ACTIVE}`);
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS booking_one_active_idx`);
    await queryRunner.query(`ALTER INDEX ${building} RENAME TO booking_one_active_idx`);
  }

  private async constraintExists(queryRunner: QueryRunner, name: string): Promise<boolean> {
    const rows: unknown[] = await queryRunner.query(`SELECT 1 FROM pg_constraint WHERE conname = $1`, [name]);
    return rows.length > 0;
  }
}
