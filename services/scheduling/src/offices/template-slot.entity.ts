import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One arrival session of an office's weekly template. */
@Entity('template_slot')
export class TemplateSlotEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  officeId!: string;

  @Column({ type: 'smallint' })
  weekday!: number;

  @Column({ type: 'text' })
  startTime!: string;

  @Column({ type: 'text' })
  endTime!: string;

  @Column({ type: 'integer' })
  capacity!: number;
}
