import { MigrationInterface, QueryRunner } from 'typeorm';

/** The transactional outbox and the idempotent inbox; every service runs it on its own database. */
export class CreateOutboxAndInbox1764200000000 implements MigrationInterface {
  name = 'CreateOutboxAndInbox1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_event (
        position bigint GENERATED ALWAYS AS IDENTITY,
        id uuid NOT NULL,
        subject text NOT NULL,
        version integer NOT NULL,
        payload jsonb NOT NULL,
        occurred_at timestamptz NOT NULL,
        published_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        CONSTRAINT outbox_event_pkey PRIMARY KEY (position),
        CONSTRAINT outbox_event_id_key UNIQUE (id)
      )`);
    // The relay's only question is "what is still unpublished, in order": this index stays as
    // small as the backlog however many published rows the table keeps.
    await queryRunner.query(
      'CREATE INDEX outbox_event_unpublished_idx ON outbox_event (position) WHERE published_at IS NULL',
    );
    await queryRunner.query(`
      CREATE TABLE inbox_event (
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        handled_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT inbox_event_pkey PRIMARY KEY (consumer, event_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE inbox_event');
    await queryRunner.query('DROP TABLE outbox_event');
  }
}
