import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which offices serve which PERSON (an applicant herself, or a family member on her account), so
 * that an office sees whole only the NIKs of the people it serves; `applicant_serving_office`
 * recorded it per account, and an office serving the mother saw her daughter's NIK too. Fed by
 * scheduling's booking events, whose payload now names the family member a booking is for
 * (`familyMemberId`; an event without it is taken as the account holder's own booking).
 *
 * Safe while the previous version serves: a new table beside the old one, which the previous
 * version goes on reading and writing unchanged. Rows it writes there (it handles some booking
 * events until it is replaced, and marks them handled in the shared inbox) are copied into the new
 * table by a trigger, as the account holder's, which is all the old row says; the rows already
 * there are copied the same way. The trigger is created before the copy, in one transaction: it
 * locks out the old version's inserts until the copy commits, so none is missed. `since` is not
 * carried over: nothing read it. Once no version before this one runs, a later migration drops
 * `applicant_serving_office` and its trigger.
 *
 * No foreign key to `applicant` or `family_member`: the row is scheduling's word, and an event
 * naming a person identity does not hold must not stall the consumer. The primary key also serves
 * the lookup by person.
 */
export class PersonServingOffice1764300000006 implements MigrationInterface {
  name = 'PersonServingOffice1764300000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE person_serving_office (
        person_id uuid NOT NULL,
        office_id uuid NOT NULL,
        PRIMARY KEY (person_id, office_id)
      )`);
    await queryRunner.query(`
      CREATE FUNCTION person_serving_office_from_account() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO person_serving_office (person_id, office_id) VALUES (NEW.applicant_id, NEW.office_id)
          ON CONFLICT DO NOTHING;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER applicant_serving_office_to_person AFTER INSERT ON applicant_serving_office
        FOR EACH ROW EXECUTE FUNCTION person_serving_office_from_account()`);
    await queryRunner.query(`
      INSERT INTO person_serving_office (person_id, office_id)
        SELECT applicant_id, office_id FROM applicant_serving_office
        ON CONFLICT DO NOTHING`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER applicant_serving_office_to_person ON applicant_serving_office`);
    await queryRunner.query(`DROP FUNCTION person_serving_office_from_account()`);
    await queryRunner.query(`DROP TABLE person_serving_office`);
  }
}
