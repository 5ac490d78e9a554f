import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { OfficersModule } from '../officers/officers.module';
import { ViewerResolver } from './viewer.resolver';

@Module({
  imports: [ApplicantsModule, OfficersModule],
  providers: [ViewerResolver],
})
export class ViewerModule {}
