import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { IsDisplayText } from '@antrian/subgraph';

@InputType()
export class CreateOfficeInput {
  @Field({ description: 'Short unique code, e.g. BLITAR' })
  @Matches(/^[A-Za-z0-9-]{2,20}$/, { message: 'must be 2-20 letters, digits or dashes' })
  code!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  name!: string;

  /** Checked by the service against the IANA database. */
  @Field()
  @IsString()
  timeZone!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsDisplayText()
  address?: string | null;
}
