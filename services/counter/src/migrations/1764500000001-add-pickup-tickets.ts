import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Passport pickup is a later visit with its own ticket (lane K). A booking may now have two
 * tickets: its visit (A or P) and its pickup (K), each at most once. Safe while the old version
 * runs: it only ever writes A, P and W tickets, which the new rules still allow.
 */
export class AddPickupTickets1764500000001 implements MigrationInterface {
  name = 'AddPickupTickets1764500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ticket DROP CONSTRAINT ticket_lane_check`);
    await queryRunner.query(`ALTER TABLE ticket ADD CONSTRAINT ticket_lane_check CHECK (lane IN ('A', 'P', 'W', 'K'))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX ticket_one_pickup_per_booking_idx ON ticket (booking_id) WHERE booking_id IS NOT NULL AND lane = 'K'`,
    );
    await queryRunner.query(`DROP INDEX ticket_one_per_booking_idx`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX ticket_one_per_booking_idx ON ticket (booking_id) WHERE booking_id IS NOT NULL AND lane <> 'K'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM ticket_visit WHERE ticket_id IN (SELECT id FROM ticket WHERE lane = 'K')`);
    await queryRunner.query(`DELETE FROM ticket WHERE lane = 'K'`);
    await queryRunner.query(`DROP INDEX ticket_one_pickup_per_booking_idx`);
    await queryRunner.query(`DROP INDEX ticket_one_per_booking_idx`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX ticket_one_per_booking_idx ON ticket (booking_id) WHERE booking_id IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE ticket DROP CONSTRAINT ticket_lane_check`);
    await queryRunner.query(`ALTER TABLE ticket ADD CONSTRAINT ticket_lane_check CHECK (lane IN ('A', 'P', 'W'))`);
  }
}
