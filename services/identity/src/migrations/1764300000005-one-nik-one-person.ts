import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One NIK, one person, kept by the database for every writer: a NIK that is an applicant's may not
 * be a family member's, nor the other way round (each table's unique index already keeps a NIK
 * once within it). In the database rather than in the services, so that a writer that knows
 * nothing of family members (the previous version, still registering applicants during a rolling
 * deploy) is held to it too.
 *
 * A trigger on each table, before a row is inserted or its NIK changed, takes the NIK's
 * transaction-scoped advisory lock and then looks in the other table. A concurrent writer of the
 * same NIK waits for the lock until the first one's transaction ends, and its look, a new
 * statement in READ COMMITTED, sees the first one's row: it fails with unique_violation (23505)
 * and the constraint name `nik_one_person`, which the services answer with ALREADY_REGISTERED (as
 * the previous version answers every unique violation). Under REPEATABLE READ the look would use a
 * snapshot taken before the wait and could miss that row, so the trigger refuses a NIK written in
 * such a transaction; SERIALIZABLE needs no such care (its conflict detection fails one of the
 * two), and identity itself writes in READ COMMITTED.
 *
 * Safe while the previous version serves: it adds triggers only (their function is created in the
 * same transaction).
 */
export class OneNikOnePerson1764300000005 implements MigrationInterface {
  name = 'OneNikOnePerson1764300000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION nik_one_person() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        held boolean;
      BEGIN
        IF current_setting('transaction_isolation') = 'repeatable read' THEN
          RAISE EXCEPTION 'A NIK is written only in READ COMMITTED or SERIALIZABLE transactions'
            USING ERRCODE = 'feature_not_supported';
        END IF;
        PERFORM pg_advisory_xact_lock(hashtext('identity.nik'), hashtext(NEW.nik));
        IF TG_TABLE_NAME = 'applicant' THEN
          held := EXISTS (SELECT 1 FROM family_member WHERE nik = NEW.nik);
        ELSE
          held := EXISTS (SELECT 1 FROM applicant WHERE nik = NEW.nik);
        END IF;
        IF held THEN
          -- No NIK in the message: error messages may reach logs.
          RAISE EXCEPTION 'This NIK already belongs to another person'
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'nik_one_person', TABLE = TG_TABLE_NAME;
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER applicant_nik_one_person BEFORE INSERT OR UPDATE OF nik ON applicant
        FOR EACH ROW EXECUTE FUNCTION nik_one_person()`);
    await queryRunner.query(`
      CREATE TRIGGER family_member_nik_one_person BEFORE INSERT OR UPDATE OF nik ON family_member
        FOR EACH ROW EXECUTE FUNCTION nik_one_person()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER family_member_nik_one_person ON family_member`);
    await queryRunner.query(`DROP TRIGGER applicant_nik_one_person ON applicant`);
    await queryRunner.query(`DROP FUNCTION nik_one_person()`);
  }
}
