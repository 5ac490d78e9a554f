import { Injectable } from '@nestjs/common';
import { message } from '@antrian/messages';
import { Identity, managesOffice } from '@antrian/auth';
import { DomainError, requireIdentity, requireOfficeManager, requireOfficeOfficer, isUuid } from '@antrian/subgraph';
import { violatedUniqueConstraint } from '@antrian/database';
import { LiveUpdatesService } from '../live/live-updates.service';
import { ReplicaRepository } from '../replica/replica.repository';
import { requireFloorViewer } from '../shared/access';
import { stagesNotCovered } from './counter-stages';
import { PAUSE_REASON_MAX_LENGTH, pauseReasonOf } from './counter-status';
import { CounterEntity } from './counter.entity';
import { CounterRepository } from './counter.repository';
import { CreateCounterInput } from './create-counter.input';
import { Transaction, UnitOfWork } from '../shared/unit-of-work';

@Injectable()
export class CountersService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly counters: CounterRepository,
    private readonly replica: ReplicaRepository,
    private readonly live: LiveUpdatesService,
  ) {}

  async create(actor: Identity | null, input: CreateCounterInput): Promise<CounterEntity> {
    requireOfficeManager(actor, input.officeId);
    if (!(await this.replica.findOffice(input.officeId))) {
      throw new DomainError('NOT_FOUND', message('counterFloor.noSuchOffice'));
    }
    const name = input.name.trim();
    if (!name) throw new DomainError('BAD_USER_INPUT', message('counterFloor.counter.needsName'));
    try {
      return await this.counters.insert(input.officeId, name, input.stages);
    } catch (error) {
      if (violatedUniqueConstraint(error) !== undefined) {
        throw new DomainError('BAD_USER_INPUT', message('counterFloor.counter.nameTaken', { name }));
      }
      throw error;
    }
  }

  list(actor: Identity | null, officeId: string): Promise<CounterEntity[]> {
    requireFloorViewer(actor, officeId);
    return isUuid(officeId) ? this.counters.listByOffice(officeId) : Promise.resolve([]);
  }

  /** An officer takes a counter of her own office whose every stage her roles cover. */
  async open(actor: Identity | null, counterId: string, now = new Date()): Promise<CounterEntity> {
    const officer = requireIdentity(actor);
    const counter = await this.get(counterId);
    if (officer.kind !== 'officer' || officer.officeId !== counter.officeId) {
      throw new DomainError('FORBIDDEN', message('counterFloor.counter.officerOfOfficeOnly'));
    }
    const missing = stagesNotCovered(officer.roles, counter.stages);
    if (missing.length) {
      throw new DomainError(
        'FORBIDDEN',
        message('counterFloor.counter.rolesDoNotCover', { counterName: counter.name, stages: missing.join(', ') }),
      );
    }
    if (counter.officerId === officer.sub) return counter;
    let opened: CounterEntity | null;
    try {
      opened = await this.counters.open(counter.id, officer.sub, now);
    } catch (error) {
      if (violatedUniqueConstraint(error) === 'counter_one_per_officer_idx') {
        throw new DomainError('INVALID_TRANSITION', message('counterFloor.counter.alreadyHoldAnother'));
      }
      throw error;
    }
    if (!opened) {
      const holder = await this.counters.findById(counter.id);
      if (holder?.officerId === officer.sub) return holder;
      throw new DomainError(
        'INVALID_TRANSITION',
        message('counterFloor.counter.openedByAnother', { counterName: counter.name }),
      );
    }
    this.live.changed(opened.officeId, { stages: opened.stages });
    return opened;
  }

  /**
   * Its officer closes it, or a supervisor frees it for her office. Never with a ticket in front of
   * it: that ticket would be left with nobody to serve it.
   */
  async close(actor: Identity | null, counterId: string, now = new Date()): Promise<CounterEntity> {
    const identity = requireIdentity(actor);
    const found = await this.get(counterId);
    requireOfficeOfficer(identity, found.officeId);
    const closed = await this.unitOfWork.run(async (manager) => {
      const { counter } = (await this.counters.lock(manager, counterId))!;
      if (!counter.officerId) {
        throw new DomainError(
          'COUNTER_NOT_OPEN',
          message('counterFloor.counter.notOpen', { counterName: counter.name }),
        );
      }
      if (counter.officerId !== identity.sub && !managesOffice(identity, counter.officeId)) {
        throw new DomainError(
          'COUNTER_NOT_OPEN',
          message('counterFloor.counter.heldByAnother', { counterName: counter.name }),
        );
      }
      // Under the counter's lock, which callNext takes too: no call can slip in after this check.
      const activeTicketNumber = await this.counters.activeTicketNumber(manager, counter.id);
      if (activeTicketNumber) {
        throw new DomainError(
          'INVALID_TRANSITION',
          message('counterFloor.call.stillAtCounter', { number: activeTicketNumber, counterName: counter.name }),
        );
      }
      return this.counters.close(manager, counter.id, now);
    });
    this.live.changed(closed.officeId, { stages: closed.stages });
    return closed;
  }

  /**
   * Its officer (or a supervisor of the office) pauses an open counter: she keeps it, its ticket
   * stays, and nothing is called there until it resumes. Pausing a paused counter changes the reason.
   */
  async pause(actor: Identity | null, counterId: string, reason: string, now = new Date()): Promise<CounterEntity> {
    const why = pauseReasonOf(reason);
    if (!why) {
      throw new DomainError(
        'BAD_USER_INPUT',
        message('counterFloor.counter.pauseReason', { max: PAUSE_REASON_MAX_LENGTH }),
      );
    }
    const paused = await this.heldCounter(actor, counterId, (manager, counter) =>
      this.counters.pause(manager, counter.id, why, now),
    );
    this.live.changed(paused.officeId, { stages: paused.stages });
    return paused;
  }

  /** Calls may be made there again; resuming an unpaused open counter changes nothing. */
  async resume(actor: Identity | null, counterId: string, now = new Date()): Promise<CounterEntity> {
    const resumed = await this.heldCounter(actor, counterId, (manager, counter) =>
      counter.pausedAt ? this.counters.resume(manager, counter.id, now) : Promise.resolve(counter),
    );
    this.live.changed(resumed.officeId, { stages: resumed.stages });
    return resumed;
  }

  /** Under the counter's lock (which calls take too): an open counter, changed by its officer or a supervisor. */
  private async heldCounter(
    actor: Identity | null,
    counterId: string,
    change: (manager: Transaction, counter: CounterEntity) => Promise<CounterEntity>,
  ): Promise<CounterEntity> {
    const identity = requireIdentity(actor);
    const found = await this.get(counterId);
    requireOfficeOfficer(identity, found.officeId);
    return this.unitOfWork.run(async (manager) => {
      const { counter } = (await this.counters.lock(manager, counterId))!;
      if (!counter.officerId) {
        throw new DomainError(
          'COUNTER_NOT_OPEN',
          message('counterFloor.counter.notOpen', { counterName: counter.name }),
        );
      }
      if (counter.officerId !== identity.sub && !managesOffice(identity, counter.officeId)) {
        throw new DomainError(
          'COUNTER_NOT_OPEN',
          message('counterFloor.counter.heldByAnother', { counterName: counter.name }),
        );
      }
      return change(manager, counter);
    });
  }

  async get(counterId: string): Promise<CounterEntity> {
    const counter = isUuid(counterId) ? await this.counters.findById(counterId) : null;
    if (!counter) throw new DomainError('NOT_FOUND', message('counterFloor.noSuchCounter'));
    return counter;
  }
}
