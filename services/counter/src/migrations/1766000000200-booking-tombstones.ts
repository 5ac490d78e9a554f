import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the floor learns out of order is kept: the booking's version beside its copy, and a
 * tombstone for a booking that ended (cancelled, no-show) before its creation reached the floor,
 * so the late creation arrives ended instead of bookable.
 */
export class BookingTombstones1766000000200 implements MigrationInterface {
  name = 'BookingTombstones1766000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE booking_copy ADD COLUMN source_version integer');
    await queryRunner.query(`
      CREATE TABLE booking_tombstone (
        id uuid NOT NULL,
        status text NOT NULL,
        source_version integer,
        source_occurred_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT booking_tombstone_pkey PRIMARY KEY (id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE booking_tombstone');
    await queryRunner.query('ALTER TABLE booking_copy DROP COLUMN source_version');
  }
}
