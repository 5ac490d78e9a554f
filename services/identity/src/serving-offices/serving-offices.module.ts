import { Module } from '@nestjs/common';
import { NikOwnerLoader } from './nik-owner.loader';
import { ServingOfficeRepository } from './serving-office.repository';

/** Which offices serve which people, for the rules on who sees a NIK whole. */
@Module({
  providers: [ServingOfficeRepository, NikOwnerLoader],
  exports: [ServingOfficeRepository, NikOwnerLoader],
})
export class ServingOfficesModule {}
