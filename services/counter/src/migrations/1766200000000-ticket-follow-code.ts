import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Printed tickets are followed: every ticket gets an unguessable follow code (32 hex characters,
 * 122 random bits from gen_random_uuid(), safe in a NATS subject), printed as its QR code; and the
 * kiosk that issued it is recorded, since that kiosk may show the code again. Existing tickets get
 * a code of their own (a volatile default is evaluated row by row). The previous version never
 * writes these columns and the defaults fill them in: safe while it serves.
 */
export class TicketFollowCode1766200000000 implements MigrationInterface {
  name = 'TicketFollowCode1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE ticket
        ADD COLUMN IF NOT EXISTS follow_code text NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', ''),
        ADD COLUMN IF NOT EXISTS issued_by_device_id uuid`);
    await queryRunner.query(`CREATE UNIQUE INDEX IF NOT EXISTS ticket_follow_code_idx ON ticket (follow_code)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS ticket_follow_code_idx`);
    await queryRunner.query(
      `ALTER TABLE ticket DROP COLUMN IF EXISTS issued_by_device_id, DROP COLUMN IF EXISTS follow_code`,
    );
  }
}
