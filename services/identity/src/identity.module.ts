import { DynamicModule, Global, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Logger } from '@antrian/logging';
import { EventBus, MessagingModule } from '@antrian/messaging';
import { HealthModule, SubgraphGraphQLModule } from '@antrian/subgraph';
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

@Global()
@Module({})
class IdentityCoreModule {
  static register(options: IdentityModuleOptions): DynamicModule {
    return {
      module: IdentityCoreModule,
      providers: [
        { provide: IDENTITY_CONFIG, useValue: options.config },
        { provide: IDENTITY_LOGGER, useValue: options.logger },
      ],
      exports: [IDENTITY_CONFIG, IDENTITY_LOGGER],
    };
  }
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
        IdentityCoreModule.register(options),
        TypeOrmModule.forRoot({
          ...identityDataSourceOptions(options.config),
          manualInitialization: schemaOnly,
        }),
        SubgraphGraphQLModule.forRoot({
          gatewaySecret: options.config.GATEWAY_SECRET,
          production: options.config.NODE_ENV === 'production',
          logger: options.logger,
        }),
        MessagingModule.forRoot({ bus: options.bus, relay: !schemaOnly }),
        HealthModule,
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
