import { Module } from '@nestjs/common';
import { BookingsModule } from '../bookings/bookings.module';
import { CancellationsModule } from '../cancellations/cancellations.module';
import { FamilyMembersModule } from '../family-members/family-members.module';
import { OfficesModule } from '../offices/offices.module';
import { PersonFactsModule } from '../person-facts/person-facts.module';
import { ReconciliationModule } from '../reconciliation/reconciliation.module';
import { CounterEventsConsumer } from './counter-events.consumer';
import { IdentityEventsConsumer } from './identity-events.consumer';
import { MaintenanceService } from './maintenance.service';
import { NikReleasedConsumer } from './nik-released.consumer';
import { PersonFactsConsumer } from './person-facts.consumer';

/** The background work of a running service; left out when only the schema is built. */
@Module({
  imports: [
    OfficesModule,
    BookingsModule,
    FamilyMembersModule,
    PersonFactsModule,
    CancellationsModule,
    ReconciliationModule,
  ],
  providers: [
    CounterEventsConsumer,
    IdentityEventsConsumer,
    PersonFactsConsumer,
    NikReleasedConsumer,
    MaintenanceService,
  ],
})
export class ConsumersModule {}
