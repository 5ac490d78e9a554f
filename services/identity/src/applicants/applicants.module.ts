import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PasswordHasher } from '../shared/password-hasher.service';
import { ApplicantEntity } from './applicant.entity';
import { ApplicantsResolver } from './applicants.resolver';
import { ApplicantsService } from './applicants.service';

@Module({
  imports: [TypeOrmModule.forFeature([ApplicantEntity])],
  providers: [ApplicantsService, ApplicantsResolver, PasswordHasher],
  exports: [ApplicantsService],
})
export class ApplicantsModule {}
