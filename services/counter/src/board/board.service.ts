import { Injectable } from '@nestjs/common';
import { message } from '@antrian/messages';
import { STAGES } from '@antrian/contracts';
import { DomainError, isUuid } from '@antrian/subgraph';
import { CounterRepository } from '../counters/counter.repository';
import { ReplicaRepository } from '../replica/replica.repository';
import { localDate } from '../shared/local-time';
import { isUnattendedStage } from '../tickets/tickets/ticket-transitions';
import { BoardRepository } from './board.repository';
import { CounterCallModel, QueueBoardModel } from './queue-board.model';

@Injectable()
export class BoardService {
  constructor(
    private readonly board: BoardRepository,
    private readonly counters: CounterRepository,
    private readonly replica: ReplicaRepository,
  ) {}

  /** Public: what the display boards show. Read fresh each time; the gateway shares it among boards. */
  async queueBoard(officeId: string, now = new Date()): Promise<QueueBoardModel> {
    const office = isUuid(officeId) ? await this.replica.findOffice(officeId) : null;
    if (!office) throw new DomainError('NOT_FOUND', message('counterDesk.noSuchOffice'));
    const date = localDate(now, office.timeZone);
    const [tickets, queues, counters] = await Promise.all([
      this.board.atCounters(
        office.id,
        STAGES.filter((stage) => isUnattendedStage(stage)),
      ),
      this.board.stageQueues(office.id, date, STAGES),
      this.counters.listByOffice(office.id),
    ]);
    const byId = new Map(counters.map((counter) => [counter.id, counter]));
    const nowServing: CounterCallModel[] = tickets.flatMap((ticket) => {
      const counter = byId.get(ticket.counterId!);
      return counter ? [{ counter, ticket }] : [];
    });
    return { officeId: office.id, date, nowServing, counters, queues, updatedAt: now };
  }
}
