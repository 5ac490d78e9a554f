import { DataSourceOptions } from 'typeorm';
import { serviceDataSourceOptions } from '@antrian/database';
import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS } from '@antrian/messaging';
import { SUBGRAPH_MIGRATIONS } from '@antrian/subgraph';
import { PersonBookingEntity } from './active-bookings/person-booking.entity';
import { ApplicantEntity } from './applicants/applicant.entity';
import { RefreshTokenEntity } from './sessions/refresh-token.entity';
import { IdentityConfig } from './config/identity.config';
import { DeviceEntity } from './devices/device.entity';
import { EmailConfirmationEntity } from './email-confirmation/email-confirmation.entity';
import { FamilyMemberEntity } from './family-members/family-member.entity';
import { CreateIdentitySchema1764300000000 } from './migrations/1764300000000-create-identity-schema';
import { CreateDevice1764300000001 } from './migrations/1764300000001-create-device';
import { CreateFamilyMember1764300000002 } from './migrations/1764300000002-create-family-member';
import { CreateOfficeCopy1764300000003 } from './migrations/1764300000003-create-office-copy';
import { CreatePersonServingOffice1764300000004 } from './migrations/1764300000004-create-person-serving-office';
import { OneNikOnePerson1764300000005 } from './migrations/1764300000005-one-nik-one-person';
import { AccountsCloseAndSessionsEnd1764300000006 } from './migrations/1764300000006-accounts-close-and-sessions-end';
import { ReleasedNiksRegistrable1764300000007 } from './migrations/1764300000007-released-niks-registrable';
import { CreatePersonBooking1766600000000 } from './migrations/1766600000000-create-person-booking';
import { OfficeCopyEntity } from './offices/office-copy.entity';
import { NikReleaseEntity } from './nik-release/nik-release.entity';
import { OfficerEntity } from './officers/officer.entity';
import { PersonServingOfficeEntity } from './serving-offices/person-serving-office.entity';

export function identityDataSourceOptions(
  config: Pick<IdentityConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>,
): DataSourceOptions {
  return serviceDataSourceOptions({
    url: config.DATABASE_URL,
    applicationName: 'antrian-identity',
    poolSize: config.DATABASE_POOL_SIZE,
    entities: [
      ApplicantEntity,
      FamilyMemberEntity,
      OfficerEntity,
      RefreshTokenEntity,
      DeviceEntity,
      OfficeCopyEntity,
      PersonServingOfficeEntity,
      EmailConfirmationEntity,
      NikReleaseEntity,
      PersonBookingEntity,
      ...MESSAGING_ENTITIES,
    ],
    migrations: [
      ...MESSAGING_MIGRATIONS,
      ...SUBGRAPH_MIGRATIONS,
      CreateIdentitySchema1764300000000,
      CreateDevice1764300000001,
      CreateFamilyMember1764300000002,
      CreateOfficeCopy1764300000003,
      CreatePersonServingOffice1764300000004,
      OneNikOnePerson1764300000005,
      AccountsCloseAndSessionsEnd1764300000006,
      ReleasedNiksRegistrable1764300000007,
      CreatePersonBooking1766600000000,
    ],
  });
}
