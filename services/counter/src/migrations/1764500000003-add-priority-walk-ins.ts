import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Priority walk-ins (a priority group without a booking) get a separate daily quota and a number
 * in the priority lane P. Additive, so the old version keeps serving while it runs:
 * - `walk_in_cap.priority_daily_cap` (null: the configured default). `daily_cap` may now be null
 *   too, for an office whose supervisor set only the priority cap; the old version reads a null
 *   cap as "not set" and falls back to its default, and only ever writes whole numbers.
 * - `priority_walk_in_tally`: priority walk-in tickets given out per office and office-local day,
 *   moved by one in the transaction that issues the ticket (before its P number is taken), so the
 *   quota holds at any concurrency and a refusal consumes no number. The old version never reads it.
 */
export class AddPriorityWalkIns1764500000003 implements MigrationInterface {
  name = 'AddPriorityWalkIns1764500000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE walk_in_cap ADD COLUMN priority_daily_cap integer CHECK (priority_daily_cap >= 0)`,
    );
    await queryRunner.query(`ALTER TABLE walk_in_cap ALTER COLUMN daily_cap DROP NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE priority_walk_in_tally (
        office_id uuid NOT NULL,
        local_date date NOT NULL,
        issued integer NOT NULL CHECK (issued > 0),
        PRIMARY KEY (office_id, local_date)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE priority_walk_in_tally`);
    // An office that set only its priority cap gets no walk-in cap of its own back.
    await queryRunner.query(`DELETE FROM walk_in_cap WHERE daily_cap IS NULL`);
    await queryRunner.query(`ALTER TABLE walk_in_cap ALTER COLUMN daily_cap SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE walk_in_cap DROP COLUMN priority_daily_cap`);
  }
}
