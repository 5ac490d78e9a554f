import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Identity's copy of a booking, as scheduling's events told it: for whom, on which account, until
 * when, and whether it is over. Enough to refuse removing a family member while she has an active
 * booking, without reading scheduling's database. An event saying a booking ended may arrive
 * before the one that made it: the row is then written with `endedAt` first and filled in later.
 */
@Entity('person_booking')
export class PersonBookingEntity {
  @PrimaryColumn('uuid')
  bookingId!: string;

  /** The person it is for: the family member, else the account holder herself. */
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  applicantId!: string | null;

  /** After this instant the booking is checked in, served or a no-show: it no longer counts as active. */
  @Column({ type: 'timestamptz', nullable: true })
  sessionEndsAt!: Date | null;

  /** Cancelled or marked a no-show. */
  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;
}
