import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An office scheduling has created, as its `scheduling.office.created` event said: the id is all identity needs. */
@Entity('office_copy')
export class OfficeCopyEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
