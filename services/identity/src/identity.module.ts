import { DynamicModule, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { Logger } from '@antrian/logging';
import { EventBus } from '@antrian/messaging';
import { subgraphFoundation } from '@antrian/subgraph';
import { ApplicantsModule } from './applicants/applicants.module';
import { AuthModule } from './auth/auth.module';
import { DevicesModule } from './devices/devices.module';
import { FamilyMembersModule } from './family-members/family-members.module';
import { IDENTITY_CONFIG, IdentityConfig } from './config/identity.config';
import { identityDataSourceOptions } from './identity-data-source';
import { OfficeEventsModule } from './offices/office-events.module';
import { IDENTITY_LOGGER } from './identity.tokens';
import { OfficersModule } from './officers/officers.module';
import { OfficersService } from './officers/officers.service';
import { BookingEventsModule } from './serving-offices/booking-events.module';
import { ViewerModule } from './viewer/viewer.module';

export interface IdentityModuleOptions {
  config: IdentityConfig;
  bus: EventBus;
  logger: Logger;
  /** Build the schema only (for `npm run compose`): no database connection, no background work. */
  schemaOnly?: boolean;
}

/** The first ADMIN must exist before anyone can sign in to create offices and officers. */
@Injectable()
class BootstrapAdminOnStart implements OnApplicationBootstrap {
  constructor(private readonly officers: OfficersService) {}

  onApplicationBootstrap(): Promise<void> {
    return this.officers.ensureBootstrapAdmin();
  }
}

@Module({})
export class IdentityModule {
  static register(options: IdentityModuleOptions): DynamicModule {
    const schemaOnly = options.schemaOnly ?? false;
    return {
      module: IdentityModule,
      imports: [
        ...subgraphFoundation({
          ...options,
          name: 'identity',
          configToken: IDENTITY_CONFIG,
          loggerToken: IDENTITY_LOGGER,
          dataSource: identityDataSourceOptions(options.config),
          schemaOnly,
        }),
        ApplicantsModule,
        FamilyMembersModule,
        OfficersModule,
        AuthModule,
        DevicesModule,
        ViewerModule,
        ...(schemaOnly ? [] : [OfficeEventsModule, BookingEventsModule]),
      ],
      providers: schemaOnly ? [] : [BootstrapAdminOnStart],
    };
  }
}
