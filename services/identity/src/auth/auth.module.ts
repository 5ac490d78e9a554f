import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicantsModule } from '../applicants/applicants.module';
import { OfficersModule } from '../officers/officers.module';
import { PasswordHasher } from '../shared/password-hasher.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SignInLimiter } from './sign-in-limiter.service';

@Module({
  imports: [TypeOrmModule.forFeature([RefreshTokenEntity]), ApplicantsModule, OfficersModule],
  providers: [AuthService, AuthResolver, SignInLimiter, PasswordHasher],
  exports: [AuthService],
})
export class AuthModule {}
