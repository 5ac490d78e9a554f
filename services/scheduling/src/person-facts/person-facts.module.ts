import { Module } from '@nestjs/common';
import { PersonFactsRepository } from './person-facts.repository';

@Module({
  providers: [PersonFactsRepository],
  exports: [PersonFactsRepository],
})
export class PersonFactsModule {}
