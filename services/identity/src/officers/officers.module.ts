import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OfficesModule } from '../offices/offices.module';
import { PasswordHasher } from '../shared/password-hasher.service';
import { OfficerEntity } from './officer.entity';
import { OfficersResolver } from './officers.resolver';
import { OfficersService } from './officers.service';

@Module({
  imports: [TypeOrmModule.forFeature([OfficerEntity]), OfficesModule],
  providers: [OfficersService, OfficersResolver, PasswordHasher],
  exports: [OfficersService],
})
export class OfficersModule {}
