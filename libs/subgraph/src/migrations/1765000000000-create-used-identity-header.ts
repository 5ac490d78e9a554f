import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The identity headers a subgraph has accepted, until they expire: every replica of the service
 * shares its database, so a header replayed to any replica is refused. UNLOGGED: no write-ahead
 * log for a table that only ever holds the last half-minute of requests (after a crash it starts
 * empty, which re-opens at most that half-minute), and no index beyond the key.
 */
export class CreateUsedIdentityHeader1765000000000 implements MigrationInterface {
  name = 'CreateUsedIdentityHeader1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE used_identity_header (
        id uuid NOT NULL,
        expires_at timestamptz NOT NULL,
        CONSTRAINT used_identity_header_pkey PRIMARY KEY (id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE used_identity_header');
  }
}
