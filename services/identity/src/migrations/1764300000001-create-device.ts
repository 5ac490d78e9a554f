import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDevice1764300000001 implements MigrationInterface {
  name = 'CreateDevice1764300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE device (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        office_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('KIOSK', 'BOARD')),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX device_office_idx ON device (office_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE device`);
  }
}
