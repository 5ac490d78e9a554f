import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Stage } from '@antrian/contracts';
import { VisitOutcome } from './ticket-transitions';

/**
 * One visit of a ticket to one stage: from joining the stage's queue to leaving it (served, no-show
 * or put on hold). The day report is computed from these rows alone.
 */
@Entity('ticket_visit')
export class TicketVisitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  @Column({ type: 'uuid' })
  officeId!: string;

  @Column({ type: 'date' })
  localDate!: string;

  @Column({ type: 'text' })
  stage!: Stage;

  @Column({ type: 'uuid', nullable: true })
  counterId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  officerId!: string | null;

  @Column({ type: 'timestamptz' })
  queuedAt!: Date;

  /** The first call of this visit: waiting time ends here. */
  @Column({ type: 'timestamptz', nullable: true })
  calledAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  outcome!: VisitOutcome | null;
}
