import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PRIORITY_GROUPS, PriorityGroup, SERVICE_KINDS, ServiceKind } from '@antrian/contracts';
import { PriorityGroupEnum, ServiceKindEnum } from '../shared/scheduling-enums';

@InputType()
export class BookSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a session id' })
  sessionId!: string;

  @Field(() => ServiceKindEnum)
  @IsIn(SERVICE_KINDS)
  service!: ServiceKind;

  @Field(() => PriorityGroupEnum, { nullable: true })
  @IsOptional()
  @IsIn(PRIORITY_GROUPS)
  priority?: PriorityGroup | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Book for this family member on your account (`Applicant.familyMembers`) instead of yourself',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a family member id' })
  familyMemberId?: string | null;

  @Field({
    description: 'Chosen by the client once per booking attempt; a retry with the same key returns the first result',
  })
  @IsString()
  @Length(8, 100)
  idempotencyKey!: string;
}
