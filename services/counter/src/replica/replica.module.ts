import { Module } from '@nestjs/common';
import { ReplicaRepository } from './replica.repository';

/** The floor's own copy of scheduling's offices, sessions and bookings (fed by ConsumersModule). */
@Module({
  providers: [ReplicaRepository],
  exports: [ReplicaRepository],
})
export class ReplicaModule {}
