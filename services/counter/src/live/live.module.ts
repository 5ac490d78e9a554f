import { Global, Module } from '@nestjs/common';
import { LiveAudienceRepository } from './live-audience.repository';
import { LiveUpdatesService } from './live-updates.service';

/** Live messages for the gateway's subscriptions: every feature that changes the floor uses it. */
@Global()
@Module({
  providers: [LiveAudienceRepository, LiveUpdatesService],
  exports: [LiveUpdatesService],
})
export class LiveModule {}
