import { Module } from '@nestjs/common';
import { OfficesModule } from '../offices/offices.module';
import { PasswordHasher } from '../shared/password-hasher.service';
import { OfficerRepository } from './officer.repository';
import { OfficersResolver } from './officers.resolver';
import { OfficersService } from './officers.service';

@Module({
  imports: [OfficesModule],
  providers: [OfficerRepository, OfficersService, OfficersResolver, PasswordHasher],
  exports: [OfficerRepository, OfficersService],
})
export class OfficersModule {}
