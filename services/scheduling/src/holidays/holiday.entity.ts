import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A national holiday or collective leave day (officeId null), or one office's closing day. */
@Entity('holiday')
export class HolidayEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  officeId!: string | null;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  name!: string;
}
