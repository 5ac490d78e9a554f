import { Module } from '@nestjs/common';
import { BookingsModule } from '../bookings/bookings.module';
import { OfficesModule } from '../offices/offices.module';
import { ExpectedArrivalsResolver } from './expected-arrivals.resolver';

/** The office's list of who is expected today, session by session. */
@Module({
  imports: [BookingsModule, OfficesModule],
  providers: [ExpectedArrivalsResolver],
})
export class ArrivalsModule {}
