import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsString, IsUUID, Length } from 'class-validator';
import { Stage, STAGES } from '@antrian/contracts';
import { StageEnum } from '../shared/counter-enums';
import { IsDisplayText } from '@antrian/subgraph';

@InputType()
export class CreateCounterInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an office id' })
  officeId!: string;

  @Field({ description: 'As the board shows it, e.g. "Loket 3"' })
  @IsString()
  @Length(1, 40)
  @IsDisplayText()
  name!: string;

  @Field(() => [StageEnum])
  @ArrayMinSize(1, { message: 'must name at least one stage' })
  @ArrayMaxSize(STAGES.length)
  @ArrayUnique()
  @IsIn(STAGES, { each: true })
  stages!: Stage[];
}
