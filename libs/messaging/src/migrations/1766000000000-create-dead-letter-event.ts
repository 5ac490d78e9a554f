import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dead-letter table of every service database (beside its outbox and inbox), and the indexes
 * that let the relay prune published outbox rows and old inbox records in small batches.
 */
export class CreateDeadLetterEvent1766000000000 implements MigrationInterface {
  name = 'CreateDeadLetterEvent1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE dead_letter_event (
        id bigint GENERATED ALWAYS AS IDENTITY,
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        subject text NOT NULL,
        version integer NOT NULL,
        envelope jsonb NOT NULL,
        reason text NOT NULL,
        error text NOT NULL,
        attempts integer NOT NULL DEFAULT 1,
        first_failed_at timestamptz NOT NULL DEFAULT now(),
        last_failed_at timestamptz NOT NULL DEFAULT now(),
        replay_requested_at timestamptz,
        resolved_at timestamptz,
        CONSTRAINT dead_letter_event_pkey PRIMARY KEY (id),
        CONSTRAINT dead_letter_event_consumer_event_key UNIQUE (consumer, event_id)
      )`);
    await queryRunner.query(
      'CREATE INDEX dead_letter_event_open_idx ON dead_letter_event (consumer, id) WHERE resolved_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX outbox_event_published_at_idx ON outbox_event (published_at) WHERE published_at IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX inbox_event_handled_at_idx ON inbox_event (handled_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX inbox_event_handled_at_idx');
    await queryRunner.query('DROP INDEX outbox_event_published_at_idx');
    await queryRunner.query('DROP TABLE dead_letter_event');
  }
}
