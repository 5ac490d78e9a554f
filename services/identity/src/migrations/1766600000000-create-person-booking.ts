import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity's copy of each person's bookings (from scheduling's events), so that a family member
 * with an active booking is not removed. Safe while the previous version serves: a new table it
 * never reads. Its consumer is a new durable one, so it reads scheduling's stream from its start
 * and learns the bookings made before it existed.
 */
export class CreatePersonBooking1766600000000 implements MigrationInterface {
  name = 'CreatePersonBooking1766600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE IF NOT EXISTS person_booking (
        booking_id uuid PRIMARY KEY,
        person_id uuid,
        applicant_id uuid,
        session_ends_at timestamptz,
        ended_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS person_booking_active_idx ON person_booking (person_id) WHERE ended_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS person_booking`);
  }
}
