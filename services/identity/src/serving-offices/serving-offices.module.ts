import { Module } from '@nestjs/common';
import { NikAccountLoader } from './nik-account.loader';
import { ServingOfficeRepository } from './serving-office.repository';

/** Which offices serve which accounts, for the rules on who sees a NIK whole. */
@Module({
  providers: [ServingOfficeRepository, NikAccountLoader],
  exports: [ServingOfficeRepository, NikAccountLoader],
})
export class ServingOfficesModule {}
