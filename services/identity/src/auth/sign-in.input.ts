import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field({ description: 'E-mail or NIK for applicants, NIP for officers' })
  @IsString()
  @Length(1, 254)
  login!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password!: string;
}
