import { DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { Logger } from '@antrian/logging';
import { EventBus } from '@antrian/messaging';
import { subgraphFoundation } from '@antrian/subgraph';
import { ActiveBookingsEventsModule } from './active-bookings/active-bookings-events.module';
import { ApplicantsModule } from './applicants/applicants.module';
import { AuthModule } from './auth/auth.module';
import { IDENTITY_CONFIG, IdentityConfig } from './config/identity.config';
import { startupNotices } from './config/startup-notices';
import { DevicesModule } from './devices/devices.module';
import { EmailConfirmationModule } from './email-confirmation/email-confirmation.module';
import { FamilyMembersModule } from './family-members/family-members.module';
import { identityDataSourceOptions } from './identity-data-source';
import { OfficeEventsModule } from './offices/office-events.module';
import { IDENTITY_LOGGER } from './identity.tokens';
import { OfficersModule } from './officers/officers.module';
import { OfficersService } from './officers/officers.service';
import { NikReleaseModule } from './nik-release/nik-release.module';
import { RegistrationModule } from './registration/registration.module';
import { BookingEventsModule } from './serving-offices/booking-events.module';
import { StaffModule } from './staff/staff.module';
import { ViewerModule } from './viewer/viewer.module';

export interface IdentityModuleOptions {
  config: IdentityConfig;
  bus: EventBus;
  logger: Logger;
  /** Build the schema only (for `npm run compose`): no database connection, no background work. */
  schemaOnly?: boolean;
}

/**
 * The first ADMIN must exist before anyone can sign in to create offices and officers; and
 * identity says once how it protects registration (e-mail confirmation on or off, ports left with
 * their development adapters).
 */
@Injectable()
class OnStart implements OnApplicationBootstrap {
  constructor(
    private readonly officers: OfficersService,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    @Inject(IDENTITY_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    for (const notice of startupNotices(this.config)) this.logger[notice.level](notice.message);
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
        RegistrationModule,
        EmailConfirmationModule,
        FamilyMembersModule,
        OfficersModule,
        StaffModule,
        AuthModule,
        DevicesModule,
        NikReleaseModule,
        ViewerModule,
        ...(schemaOnly ? [] : [OfficeEventsModule, BookingEventsModule, ActiveBookingsEventsModule]),
      ],
      providers: schemaOnly ? [] : [OnStart],
    };
  }
}
