import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentitySchema1764300000000 implements MigrationInterface {
  name = 'CreateIdentitySchema1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE applicant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nik char(16) NOT NULL UNIQUE,
        full_name text NOT NULL,
        birth_date date NOT NULL,
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        phone text,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_sign_in_at timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE officer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nip char(18) NOT NULL UNIQUE,
        full_name text NOT NULL,
        office_id uuid,
        roles text[] NOT NULL CHECK (cardinality(roles) > 0),
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_sign_in_at timestamptz,
        CHECK (('ADMIN' = ANY (roles)) = (office_id IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX officer_office_idx ON officer (office_id)`);
    await queryRunner.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        family_id uuid NOT NULL,
        principal_kind text NOT NULL CHECK (principal_kind IN ('applicant', 'officer', 'device')),
        principal_id uuid NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)`);
    // The table rate-limiter-flexible's RateLimiterPostgres expects (keys are hashed logins).
    await queryRunner.query(`
      CREATE TABLE sign_in_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sign_in_limit`);
    await queryRunner.query(`DROP TABLE refresh_token`);
    await queryRunner.query(`DROP TABLE officer`);
    await queryRunner.query(`DROP TABLE applicant`);
  }
}
