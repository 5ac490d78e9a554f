import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BookingStatus, PriorityGroup, ServiceKind } from '@antrian/contracts';
import { BookingStatusEnum, PriorityGroupEnum, ServiceKindEnum } from '../shared/scheduling-enums';

@ObjectType('Booking')
@Directive('@key(fields: "id")')
export class BookingModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Short, unambiguous booking code' })
  code!: string;

  @Field(() => BookingStatusEnum)
  status!: BookingStatus;

  @Field(() => ServiceKindEnum)
  service!: ServiceKind;

  @Field(() => PriorityGroupEnum, { nullable: true })
  priority!: PriorityGroup | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Set when the office cancelled it (cancelSession, a holiday added over it), when its NIK was released from the account that booked it, or when its family member had been removed before it was made',
  })
  cancelReason!: string | null;

  @Field(() => Int, { description: "How often it was rescheduled; the office's maxReschedules bounds it" })
  rescheduleCount!: number;
}

/** Identity owns family members; scheduling only points at the one a booking is for. */
@ObjectType('FamilyMember')
@Directive('@key(fields: "id", resolvable: false)')
export class FamilyMemberReference {
  @Field(() => ID)
  id!: string;
}

/** Identity owns applicants; scheduling only adds their bookings. */
@ObjectType('Applicant')
@Directive('@key(fields: "id")')
export class ApplicantReference {
  @Field(() => ID)
  id!: string;
}
