import { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox keeps the trace context of the change, so the relay's publish continues its trace. */
export class OutboxTraceContext1766700000000 implements MigrationInterface {
  name = 'OutboxTraceContext1766700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE outbox_event ADD COLUMN trace_context jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE outbox_event DROP COLUMN trace_context');
  }
}
