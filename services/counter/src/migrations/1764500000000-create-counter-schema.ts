import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCounterSchema1764500000000 implements MigrationInterface {
  name = 'CreateCounterSchema1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Copies of scheduling's offices, sessions and bookings, fed by its events, so that the floor
    // checks people in while scheduling (or the link to it) is down. `source_occurred_at` is the
    // time of the event that wrote the row: an older event delivered late never overwrites it.
    await queryRunner.query(`
      CREATE TABLE office_copy (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        name text NOT NULL,
        time_zone text NOT NULL,
        check_in_opens_minutes_before integer NOT NULL CHECK (check_in_opens_minutes_before >= 0),
        source_occurred_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE session_copy (
        id uuid PRIMARY KEY,
        office_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        capacity integer NOT NULL,
        source_occurred_at timestamptz NOT NULL
      )`);
    // No unique constraint on code: scheduling guarantees it, and a constraint here could only
    // turn a surprise into a poison message that blocks the consumer.
    await queryRunner.query(`
      CREATE TABLE booking_copy (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        applicant_id uuid NOT NULL,
        office_id uuid NOT NULL,
        session_id uuid NOT NULL,
        session_starts_at timestamptz NOT NULL,
        session_ends_at timestamptz NOT NULL,
        service text NOT NULL,
        priority text,
        status text NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED', 'NO_SHOW')),
        source_occurred_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX booking_copy_code_idx ON booking_copy (code)`);

    await queryRunner.query(`
      CREATE TABLE walk_in_cap (
        office_id uuid PRIMARY KEY,
        daily_cap integer NOT NULL CHECK (daily_cap >= 0),
        set_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One row per office, lane and office-local day; "last" only ever moves by one, inside the
    // transaction that inserts the ticket, so numbers are gapless and never repeat.
    await queryRunner.query(`
      CREATE TABLE ticket_sequence (
        office_id uuid NOT NULL,
        lane char(1) NOT NULL,
        local_date date NOT NULL,
        last integer NOT NULL CHECK (last > 0),
        PRIMARY KEY (office_id, lane, local_date)
      )`);

    await queryRunner.query(`
      CREATE TABLE counter (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        office_id uuid NOT NULL,
        name text NOT NULL,
        stages text[] NOT NULL CHECK (cardinality(stages) > 0),
        officer_id uuid,
        opened_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (office_id, name),
        CHECK ((officer_id IS NULL) = (opened_at IS NULL))
      )`);
    // An officer sits at one counter at a time.
    await queryRunner.query(
      `CREATE UNIQUE INDEX counter_one_per_officer_idx ON counter (officer_id) WHERE officer_id IS NOT NULL`,
    );

    // queue_key orders a stage's queue after priority: the session start of a booked ticket, the
    // arrival of a walk-in, a later instant for a re-joined no-show. queued_at (when it entered
    // its present stage) breaks ties. called_at is the latest announcement (a recall renews it).
    await queryRunner.query(`
      CREATE TABLE ticket (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        office_id uuid NOT NULL,
        local_date date NOT NULL,
        lane char(1) NOT NULL CHECK (lane IN ('A', 'P', 'W')),
        number text NOT NULL,
        booking_id uuid,
        applicant_id uuid,
        priority text,
        session_starts_at timestamptz,
        status text NOT NULL CHECK (status IN ('WAITING', 'CALLED', 'SERVING', 'ON_HOLD', 'DONE', 'NO_SHOW')),
        stage text NOT NULL CHECK (stage IN ('RECEPTION', 'INTERVIEW', 'ADJUDICATION', 'PICKUP')),
        counter_id uuid REFERENCES counter (id),
        checked_in_at timestamptz NOT NULL,
        queue_key timestamptz NOT NULL,
        queued_at timestamptz NOT NULL,
        called_at timestamptz,
        call_count integer NOT NULL DEFAULT 0,
        hold_reason text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status IN ('CALLED', 'SERVING')) = (counter_id IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX ticket_number_idx ON ticket (office_id, local_date, number)`);
    // A booking is checked in once, whatever the number of kiosks scanning it at the same moment.
    await queryRunner.query(
      `CREATE UNIQUE INDEX ticket_one_per_booking_idx ON ticket (booking_id) WHERE booking_id IS NOT NULL`,
    );
    // A counter has at most one ticket in front of it.
    await queryRunner.query(
      `CREATE UNIQUE INDEX ticket_one_at_counter_idx ON ticket (counter_id) WHERE status IN ('CALLED', 'SERVING')`,
    );
    // Serve callNext and positions: the waiting tickets of one stage in calling order (a one-stage
    // counter reads one entry), and of all stages in calling order (a counter of several stages
    // reads until the first of its stages). The columns after the stage must stay identical to
    // queueOrderSql in tickets/queue-order.ts.
    await queryRunner.query(
      `CREATE INDEX ticket_waiting_idx ON ticket (office_id, local_date, stage, (priority IS NULL), queue_key, queued_at, id)
        WHERE status = 'WAITING'`,
    );
    await queryRunner.query(
      `CREATE INDEX ticket_waiting_any_stage_idx ON ticket (office_id, local_date, (priority IS NULL), queue_key, queued_at, id)
        WHERE status = 'WAITING'`,
    );
    await queryRunner.query(
      `CREATE INDEX ticket_at_counter_idx ON ticket (office_id, called_at DESC) WHERE status IN ('CALLED', 'SERVING')`,
    );

    // One row per stage visit of a ticket: the day report's raw material. outcome NULL: the
    // visit is still going on (at most one per ticket).
    await queryRunner.query(`
      CREATE TABLE ticket_visit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ticket_id uuid NOT NULL REFERENCES ticket (id),
        office_id uuid NOT NULL,
        local_date date NOT NULL,
        stage text NOT NULL,
        counter_id uuid REFERENCES counter (id),
        officer_id uuid,
        queued_at timestamptz NOT NULL,
        called_at timestamptz,
        started_at timestamptz,
        completed_at timestamptz,
        outcome text CHECK (outcome IN ('COMPLETED', 'NO_SHOW', 'HELD')),
        CHECK ((outcome IS NULL) = (completed_at IS NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX ticket_visit_open_idx ON ticket_visit (ticket_id) WHERE outcome IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX ticket_visit_day_idx ON ticket_visit (office_id, local_date, stage)`);
    // The rolling service pace of a stage: its latest completed services.
    await queryRunner.query(
      `CREATE INDEX ticket_visit_pace_idx ON ticket_visit (office_id, stage, completed_at DESC)
        WHERE outcome = 'COMPLETED' AND started_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ticket_visit`);
    await queryRunner.query(`DROP TABLE ticket`);
    await queryRunner.query(`DROP TABLE counter`);
    await queryRunner.query(`DROP TABLE ticket_sequence`);
    await queryRunner.query(`DROP TABLE walk_in_cap`);
    await queryRunner.query(`DROP TABLE booking_copy`);
    await queryRunner.query(`DROP TABLE session_copy`);
    await queryRunner.query(`DROP TABLE office_copy`);
  }
}
