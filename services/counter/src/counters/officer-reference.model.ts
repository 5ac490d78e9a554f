import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** Identity owns officers; the floor only names who holds a counter or served a stage. */
@ObjectType('Officer')
@Directive('@key(fields: "id", resolvable: false)')
export class OfficerReference {
  @Field(() => ID)
  id!: string;
}
