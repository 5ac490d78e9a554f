import { Module } from '@nestjs/common';
import { ServingOfficesModule } from '../serving-offices/serving-offices.module';
import { ApplicantRepository } from './applicant.repository';
import { ApplicantsResolver } from './applicants.resolver';
import { ApplicantsService } from './applicants.service';

@Module({
  imports: [ServingOfficesModule],
  providers: [ApplicantRepository, ApplicantsService, ApplicantsResolver],
  exports: [ApplicantRepository, ApplicantsService],
})
export class ApplicantsModule {}
