import { MigrationInterface, QueryRunner } from 'typeorm';

/** A stage visit can end by a transfer to another counter; the old version never writes it. */
export class AddTransferredVisits1764500000002 implements MigrationInterface {
  name = 'AddTransferredVisits1764500000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ticket_visit DROP CONSTRAINT ticket_visit_outcome_check`);
    await queryRunner.query(
      `ALTER TABLE ticket_visit ADD CONSTRAINT ticket_visit_outcome_check CHECK (outcome IN ('COMPLETED', 'NO_SHOW', 'HELD', 'TRANSFERRED'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE ticket_visit SET outcome = 'HELD' WHERE outcome = 'TRANSFERRED'`);
    await queryRunner.query(`ALTER TABLE ticket_visit DROP CONSTRAINT ticket_visit_outcome_check`);
    await queryRunner.query(
      `ALTER TABLE ticket_visit ADD CONSTRAINT ticket_visit_outcome_check CHECK (outcome IN ('COMPLETED', 'NO_SHOW', 'HELD'))`,
    );
  }
}
