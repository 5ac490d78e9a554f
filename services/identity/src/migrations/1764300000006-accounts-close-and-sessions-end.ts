import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the hardening round keeps: an account can be closed (its NIK released to its owner), a
 * family entry removed, an officer deactivated, an e-mail address confirmed; a session (a
 * refresh-token family) ends at a fixed time whatever its rotations; e-mail codes, NIK releases
 * (the audit record) and rate-limit counters get their tables.
 *
 * Safe while the previous version serves: nullable columns without defaults (catalogue changes
 * only), new tables, and the one-NIK trigger's function replaced by one that ignores closed
 * accounts and removed family entries, which the previous version never makes. The unique indexes
 * that let a released NIK be registered again are the next migration's, built concurrently.
 */
export class AccountsCloseAndSessionsEnd1764300000006 implements MigrationInterface {
  name = 'AccountsCloseAndSessionsEnd1764300000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE applicant ADD COLUMN closed_at timestamptz, ADD COLUMN email_confirmed_at timestamptz`,
    );
    await queryRunner.query(`ALTER TABLE family_member ADD COLUMN removed_at timestamptz`);
    await queryRunner.query(`ALTER TABLE officer ADD COLUMN deactivated_at timestamptz`);
    // Copied from token to token within a family; null for devices (until revoked) and for
    // families the previous version started (their start is read from their first token).
    await queryRunner.query(`ALTER TABLE refresh_token ADD COLUMN family_expires_at timestamptz`);
    await queryRunner.query(`
      CREATE TABLE email_confirmation (
        applicant_id uuid PRIMARY KEY REFERENCES applicant (id),
        code_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        failed_attempts integer NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
        sent_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The audit record of NIK releases: who, when, why and which account or family entry. The
    // NIK stays on the closed account's or removed entry's own row, not here.
    await queryRunner.query(`
      CREATE TABLE nik_release (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        released_at timestamptz NOT NULL DEFAULT now(),
        released_by uuid NOT NULL,
        reason text NOT NULL CHECK (reason <> ''),
        person_kind text NOT NULL CHECK (person_kind IN ('APPLICANT', 'FAMILY_MEMBER')),
        person_id uuid NOT NULL,
        applicant_id uuid NOT NULL REFERENCES applicant (id)
      )`);
    await queryRunner.query(`CREATE INDEX nik_release_applicant_idx ON nik_release (applicant_id)`);
    // rate-limiter-flexible's RateLimiterPostgres table for every limit of this version (keys are
    // hashes). The previous version's sign_in_limit stays until no version uses it.
    await queryRunner.query(`
      CREATE TABLE rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    await queryRunner.query(nikOnePersonFunction({ ignoreReleased: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(nikOnePersonFunction({ ignoreReleased: false }));
    await queryRunner.query(`DROP TABLE rate_limit`);
    await queryRunner.query(`DROP TABLE nik_release`);
    await queryRunner.query(`DROP TABLE email_confirmation`);
    await queryRunner.query(`ALTER TABLE refresh_token DROP COLUMN family_expires_at`);
    await queryRunner.query(`ALTER TABLE officer DROP COLUMN deactivated_at`);
    await queryRunner.query(`ALTER TABLE family_member DROP COLUMN removed_at`);
    await queryRunner.query(`ALTER TABLE applicant DROP COLUMN email_confirmed_at, DROP COLUMN closed_at`);
  }
}

/**
 * The trigger function of OneNikOnePerson1764300000005; from this version on a closed account or a
 * removed family entry no longer holds its NIK.
 */
function nikOnePersonFunction({ ignoreReleased }: { ignoreReleased: boolean }): string {
  const openApplicant = ignoreReleased ? ' AND closed_at IS NULL' : '';
  const presentMember = ignoreReleased ? ' AND removed_at IS NULL' : '';
  return `
    CREATE OR REPLACE FUNCTION nik_one_person() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      held boolean;
    BEGIN
      IF current_setting('transaction_isolation') = 'repeatable read' THEN
        RAISE EXCEPTION 'A NIK is written only in READ COMMITTED or SERIALIZABLE transactions'
          USING ERRCODE = 'feature_not_supported';
      END IF;
      PERFORM pg_advisory_xact_lock(hashtext('identity.nik'), hashtext(NEW.nik));
      IF TG_TABLE_NAME = 'applicant' THEN
        held := EXISTS (SELECT 1 FROM family_member WHERE nik = NEW.nik${presentMember});
      ELSE
        held := EXISTS (SELECT 1 FROM applicant WHERE nik = NEW.nik${openApplicant});
      END IF;
      IF held THEN
        -- No NIK in the message: error messages may reach logs.
        RAISE EXCEPTION 'This NIK already belongs to another person'
          USING ERRCODE = 'unique_violation', CONSTRAINT = 'nik_one_person', TABLE = TG_TABLE_NAME;
      END IF;
      RETURN NEW;
    END
    $$`;
}
