import { Module } from '@nestjs/common';
import { OfficeCopyRepository } from './office-copy.repository';

/** The copy of scheduling's offices, for the services that check an office id. */
@Module({
  providers: [OfficeCopyRepository],
  exports: [OfficeCopyRepository],
})
export class OfficesModule {}
