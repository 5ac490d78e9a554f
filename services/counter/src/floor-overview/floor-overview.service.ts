import { Injectable } from '@nestjs/common';
import { Identity } from '@antrian/auth';
import { STAGES } from '@antrian/contracts';
import { message } from '@antrian/messages';
import { DomainError, isUuid, requireOfficeOfficer } from '@antrian/subgraph';
import { BoardRepository } from '../board/board.repository';
import { CounterRepository } from '../counters/counter.repository';
import { ReplicaRepository } from '../replica/replica.repository';
import { localDate } from '../shared/local-time';
import { FloorOverviewRepository } from './floor-overview.repository';
import { OfficeFloorModel } from './office-floor.model';

@Injectable()
export class FloorOverviewService {
  constructor(
    private readonly floor: FloorOverviewRepository,
    private readonly board: BoardRepository,
    private readonly counters: CounterRepository,
    private readonly replica: ReplicaRepository,
  ) {}

  /**
   * Officers of the office (any role) or ADMIN: the whole floor in one read. The gateway runs it
   * once per live message for every officer watching the office (see docs/live-updates.md).
   */
  async officeFloor(actor: Identity | null, officeId: string, now = new Date()): Promise<OfficeFloorModel> {
    requireOfficeOfficer(actor, officeId);
    const office = isUuid(officeId) ? await this.replica.findOffice(officeId) : null;
    if (!office) throw new DomainError('NOT_FOUND', message('counterFloor.noSuchOffice'));
    const date = localDate(now, office.timeZone);
    const [counters, queues, onHold, figures] = await Promise.all([
      this.counters.listByOffice(office.id),
      this.board.stageQueues(office.id, date, STAGES),
      this.floor.onHold(office.id, date),
      this.floor.figures(office.id, date, now),
    ]);
    return { officeId: office.id, date, counters, queues, onHold, ...figures, updatedAt: now };
  }
}
