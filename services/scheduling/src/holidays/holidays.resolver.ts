import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { CurrentIdentity } from '@antrian/subgraph';
import { AddHolidayInput } from './add-holiday.input';
import { HolidayEntity } from './holiday.entity';
import { HolidayModel } from './holiday.model';
import { HolidaysService } from './holidays.service';

@Resolver(() => HolidayModel)
export class HolidaysResolver {
  constructor(private readonly holidays: HolidaysService) {}

  @Mutation(() => HolidayModel, {
    description:
      'ADMIN: a national holiday (no office) or one office’s closing day; a SUPERVISOR for her own office. Booked sessions of the day are cancelled with its name as the reason',
  })
  addHoliday(
    @Args('input') input: AddHolidayInput,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<HolidayEntity> {
    return this.holidays.addHoliday(identity, input);
  }
}
