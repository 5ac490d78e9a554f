import { Global, Module } from '@nestjs/common';
import { UnitOfWork } from './unit-of-work';

/** What every feature of the floor uses: its transactions. */
@Global()
@Module({
  providers: [UnitOfWork],
  exports: [UnitOfWork],
})
export class SharedModule {}
