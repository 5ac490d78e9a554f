import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed booking-code look-ups per officer (rate-limiter-flexible's table shape). A new table the
 * previous version never reads: safe while it serves.
 */
export class FloorGuards1764610000000 implements MigrationInterface {
  name = 'FloorGuards1764610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE IF NOT EXISTS attempt_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS attempt_limit`);
  }
}
