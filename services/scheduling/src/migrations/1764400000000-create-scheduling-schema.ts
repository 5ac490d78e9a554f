import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSchedulingSchema1764400000000 implements MigrationInterface {
  name = 'CreateSchedulingSchema1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE office (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        time_zone text NOT NULL,
        address text,
        booking_closes_minutes_before integer NOT NULL DEFAULT 0 CHECK (booking_closes_minutes_before >= 0),
        change_cutoff_minutes integer NOT NULL DEFAULT 1440 CHECK (change_cutoff_minutes >= 0),
        check_in_opens_minutes_before integer NOT NULL DEFAULT 60 CHECK (check_in_opens_minutes_before >= 0),
        release_mode text NOT NULL DEFAULT 'MONTHLY' CHECK (release_mode IN ('ROLLING', 'MONTHLY')),
        release_days_ahead integer NOT NULL DEFAULT 30 CHECK (release_days_ahead BETWEEN 0 AND 366),
        release_time text NOT NULL DEFAULT '09:00',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE template_slot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        office_id uuid NOT NULL REFERENCES office (id) ON DELETE CASCADE,
        weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        start_time text NOT NULL,
        end_time text NOT NULL CHECK (end_time > start_time),
        capacity integer NOT NULL CHECK (capacity >= 0),
        UNIQUE (office_id, weekday, start_time)
      )`);
    // office_id NULL: a national holiday or collective leave day.
    await queryRunner.query(`
      CREATE TABLE holiday (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        office_id uuid REFERENCES office (id) ON DELETE CASCADE,
        date date NOT NULL,
        name text NOT NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX holiday_once_idx ON holiday (COALESCE(office_id, '00000000-0000-0000-0000-000000000000'::uuid), date)`,
    );
    // services NULL: every service kind; otherwise only those (an e-passport day, say).
    // booked <= capacity is the last line of defence against overselling; the booking path
    // never relies on it alone (it updates with "booked < capacity").
    await queryRunner.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        office_id uuid NOT NULL REFERENCES office (id) ON DELETE CASCADE,
        local_date date NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        capacity integer NOT NULL CHECK (capacity >= 0),
        booked integer NOT NULL DEFAULT 0 CHECK (booked >= 0 AND booked <= capacity),
        bookable_from timestamptz NOT NULL,
        source text NOT NULL CHECK (source IN ('TEMPLATE', 'EXTRA')),
        services text[],
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (office_id, starts_at)
      )`);
    await queryRunner.query(`CREATE INDEX session_office_date_idx ON session (office_id, local_date)`);
    await queryRunner.query(`
      CREATE TABLE booking (
        id uuid PRIMARY KEY,
        code char(8) NOT NULL UNIQUE,
        applicant_id uuid NOT NULL,
        office_id uuid NOT NULL REFERENCES office (id),
        session_id uuid NOT NULL REFERENCES session (id),
        service text NOT NULL,
        priority text,
        status text NOT NULL CHECK (status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
        idempotency_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (applicant_id, idempotency_key)
      )`);
    // One active booking per applicant, whatever the concurrency: the database decides.
    await queryRunner.query(
      `CREATE UNIQUE INDEX booking_one_active_idx ON booking (applicant_id) WHERE status IN ('BOOKED', 'CHECKED_IN')`,
    );
    await queryRunner.query(`CREATE INDEX booking_session_idx ON booking (session_id)`);
    await queryRunner.query(`CREATE INDEX booking_office_status_idx ON booking (office_id, status)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE booking`);
    await queryRunner.query(`DROP TABLE session`);
    await queryRunner.query(`DROP TABLE holiday`);
    await queryRunner.query(`DROP TABLE template_slot`);
    await queryRunner.query(`DROP TABLE office`);
  }
}
