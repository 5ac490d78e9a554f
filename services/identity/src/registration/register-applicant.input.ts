import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsPhoneNumber, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { DateScalar, IsDisplayText } from '@antrian/subgraph';

@InputType()
export class RegisterApplicantInput {
  /** Checked against the NIK rules by the service, which answers INVALID_NIK. */
  @Field()
  @IsString()
  nik!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  @IsDisplayText()
  fullName!: string;

  /** Already a real YYYY-MM-DD date: the Date scalar checked it. */
  @Field(() => DateScalar)
  @IsString()
  birthDate!: string;

  @Field()
  @IsEmail({}, { message: 'must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPhoneNumber('ID', { message: 'must be an Indonesian phone number, e.g. +6281234567890 or 081234567890' })
  phone?: string | null;

  @Field()
  @IsString()
  @MinLength(10, { message: 'must be at least 10 characters long' })
  @MaxLength(200)
  password!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The CAPTCHA’s answer, where the deployment shows one (see docs/security.md)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  captchaToken?: string | null;
}
