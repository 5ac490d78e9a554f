import { Module } from '@nestjs/common';
import { CancellationsModule } from '../cancellations/cancellations.module';
import { OfficesModule } from '../offices/offices.module';
import { HolidayRepository } from './holiday.repository';
import { HolidaysResolver } from './holidays.resolver';
import { HolidaysService } from './holidays.service';

@Module({
  imports: [OfficesModule, CancellationsModule],
  providers: [HolidayRepository, HolidaysService, HolidaysResolver],
})
export class HolidaysModule {}
