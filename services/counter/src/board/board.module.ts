import { Module } from '@nestjs/common';
import { CountersModule } from '../counters/counters.module';
import { ReplicaModule } from '../replica/replica.module';
import { BoardRepository } from './board.repository';
import { BoardResolver } from './board.resolver';
import { BoardService } from './board.service';

/** The public queue board, and the subscriptions the gateway serves for it and for tickets. */
@Module({
  imports: [ReplicaModule, CountersModule],
  providers: [BoardRepository, BoardService, BoardResolver],
  exports: [BoardRepository],
})
export class BoardModule {}
