import { Directive, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReleaseMode } from '../calendar/office-calendar';

export const ReleaseModeEnum = { ROLLING: 'ROLLING', MONTHLY: 'MONTHLY' } as const;
registerEnumType(ReleaseModeEnum, {
  name: 'ReleaseMode',
  description:
    'ROLLING: each day opens releaseDaysAhead days before; MONTHLY: a month opens on the last working day before it',
});

@ObjectType('Office')
@Directive('@key(fields: "id")')
export class OfficeModel {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field({ description: 'IANA, e.g. Asia/Jakarta' })
  timeZone!: string;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => Int, { description: 'Booking closes this many minutes before a session starts' })
  bookingClosesMinutesBefore!: number;

  @Field(() => Int, { description: 'Cancel and reschedule until this many minutes before a session' })
  changeCutoffMinutes!: number;

  @Field(() => Int, { description: 'Check-in opens this many minutes before a session starts' })
  checkInOpensMinutesBefore!: number;

  @Field(() => ReleaseModeEnum)
  releaseMode!: ReleaseMode;

  @Field(() => Int)
  releaseDaysAhead!: number;

  @Field({ description: 'Office-local time (HH:MM) at which places are released' })
  releaseTime!: string;

  @Field(() => Int, { description: "Per booking; 1 by default (M-Paspor's rule)" })
  maxReschedules!: number;

  @Field(() => Int, { description: 'Least time between two calls of one ticket; 60 by default' })
  recallGapSeconds!: number;

  @Field(() => Int, { description: 'Calls before a ticket may only be marked a no-show; 3 by default' })
  maxCalls!: number;
}
