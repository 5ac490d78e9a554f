import { Module } from '@nestjs/common';
import { AcceptAllRegistrationCheck } from './accept-all.registration-check';
import { REGISTRATION_CHECK } from './registration-check.port';

/** The registration check port; a production deployment provides its adapter under REGISTRATION_CHECK here. */
@Module({
  providers: [{ provide: REGISTRATION_CHECK, useClass: AcceptAllRegistrationCheck }],
  exports: [REGISTRATION_CHECK],
})
export class RegistrationChecksModule {}
