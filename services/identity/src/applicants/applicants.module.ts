import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServingOfficesModule } from '../serving-offices/serving-offices.module';
import { PasswordHasher } from '../shared/password-hasher.service';
import { ApplicantEntity } from './applicant.entity';
import { ApplicantsResolver } from './applicants.resolver';
import { ApplicantsService } from './applicants.service';

@Module({
  imports: [TypeOrmModule.forFeature([ApplicantEntity]), ServingOfficesModule],
  providers: [ApplicantsService, ApplicantsResolver, PasswordHasher],
  exports: [ApplicantsService],
})
export class ApplicantsModule {}
