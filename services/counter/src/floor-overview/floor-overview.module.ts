import { Module } from '@nestjs/common';
import { BoardModule } from '../board/board.module';
import { CountersModule } from '../counters/counters.module';
import { ReplicaModule } from '../replica/replica.module';
import { FloorOverviewRepository } from './floor-overview.repository';
import { FloorOverviewResolver } from './floor-overview.resolver';
import { FloorOverviewService } from './floor-overview.service';

/** `officeFloor`: what a supervisor and her officers watch (counters, queues, holds, the day's figures). */
@Module({
  imports: [ReplicaModule, CountersModule, BoardModule],
  providers: [FloorOverviewRepository, FloorOverviewService, FloorOverviewResolver],
})
export class FloorOverviewModule {}
