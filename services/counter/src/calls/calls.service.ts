import { domainMetrics } from '@antrian/observability';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Identity } from '@antrian/auth';
import {
  Stage,
  TicketCalled,
  TicketCheckedIn,
  TicketCompleted,
  TicketNoShow,
  TicketStageCompleted,
} from '@antrian/contracts';
import { OutboxService } from '@antrian/messaging';
import { DomainError, requireIdentity, requireOfficeOfficer, isUuid } from '@antrian/subgraph';
import { violatedUniqueConstraint } from '@antrian/database';
import { CounterRepository } from '../counters/counter.repository';
import { LiveUpdatesService } from '../live/live-updates.service';
import { localDate } from '../shared/local-time';
import { rejoinQueueKey } from '../tickets/queue-order';
import { TicketEntity } from '../tickets/ticket.entity';
import { AllowedTransition, TicketAction, transition } from '../tickets/ticket-transitions';
import { CallRepository, LockedTicket, TicketPatch, VisitChange } from './call.repository';

const NOT_FOUND = () => new DomainError('NOT_FOUND', 'No such ticket');

interface Move {
  before: TicketEntity;
  after: TicketEntity;
  action: TicketAction;
}

/** What the counters do with tickets: call, recall, serve, complete, no-show, re-join, hold, resume. */
@Injectable()
export class CallsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calls: CallRepository,
    private readonly counters: CounterRepository,
    private readonly outbox: OutboxService,
    private readonly live: LiveUpdatesService,
  ) {}

  /**
   * The next waiting ticket for the counter's stages, or null when nobody waits. Only the officer
   * holding the counter calls at it, and only once the previous ticket has left it.
   */
  async callNext(actor: Identity | null, counterId: string, now = new Date()): Promise<TicketEntity | null> {
    const officer = requireIdentity(actor);
    if (!isUuid(counterId)) throw new DomainError('NOT_FOUND', 'No such counter');
    let counterName = 'this counter';
    try {
      const called = await this.dataSource.transaction(async (manager) => {
        // The counter's lock makes a double click (or two tabs) at one counter take turns.
        const locked = await this.counters.lock(manager, counterId);
        if (!locked) throw new DomainError('NOT_FOUND', 'No such counter');
        const { counter, timeZone, activeTicketNumber } = locked;
        counterName = counter.name;
        requireOfficeOfficer(officer, counter.officeId);
        if (counter.officerId !== officer.sub) {
          throw new DomainError(
            'COUNTER_NOT_OPEN',
            counter.officerId
              ? `${counter.name} is held by another officer`
              : `${counter.name} is not open: open it first`,
          );
        }
        if (activeTicketNumber) throw this.stillAtCounter(activeTicketNumber, counter.name);
        if (!timeZone) throw new DomainError('NOT_FOUND', 'The office of this counter is not known to the floor');
        // A ticket called meanwhile by a racing request at this very counter makes this fail on
        // ticket_one_at_counter_idx (see below).
        const ticket = await this.calls.callNext(manager, {
          counterId: counter.id,
          officerId: officer.sub,
          officeId: counter.officeId,
          localDate: localDate(now, timeZone),
          stages: counter.stages,
          unattendedStages: counter.stages.filter((stage) => this.callGoesStraightToService(stage)),
          now,
        });
        if (ticket) {
          await this.outbox.append(manager, TicketCalled, {
            ticketId: ticket.id,
            bookingId: ticket.bookingId,
            officeId: ticket.officeId,
            counterId: counter.id,
            stage: ticket.stage,
            calledAt: now.toISOString(),
          });
        }
        return ticket;
      });
      if (called) {
        domainMetrics.called();
        this.live.changed(called.officeId, { tickets: [called.id], stages: [called.stage] });
      }
      return called;
    } catch (error) {
      if (violatedUniqueConstraint(error) !== 'ticket_one_at_counter_idx') throw error;
      const number = await this.counters.activeTicketNumber(this.dataSource.manager, counterId);
      throw this.stillAtCounter(number, counterName);
    }
  }

  private stillAtCounter(number: string | null, counterName: string): DomainError {
    return new DomainError(
      'INVALID_TRANSITION',
      `Ticket ${number ?? 'called here'} is still at ${counterName}: complete it, put it on hold or mark it as a no-show first`,
    );
  }

  /** Announces the call again (the board and the applicant's phone show it anew). */
  recall(actor: Identity | null, ticketId: string, now = new Date()): Promise<TicketEntity> {
    return this.act(actor, ticketId, 'RECALL', now);
  }

  startService(actor: Identity | null, ticketId: string, now = new Date()): Promise<TicketEntity> {
    return this.act(actor, ticketId, 'START', now);
  }

  /** The ticket joins the next stage's queue, or is DONE after adjudication. */
  completeStage(actor: Identity | null, ticketId: string, now = new Date()): Promise<TicketEntity> {
    return this.act(actor, ticketId, 'COMPLETE', now);
  }

  markNoShow(actor: Identity | null, ticketId: string, now = new Date()): Promise<TicketEntity> {
    return this.act(actor, ticketId, 'NO_SHOW', now);
  }

  /** A no-show who turns up later the same day goes to the back of her stage's queue. */
  rejoinQueue(actor: Identity | null, ticketId: string, now = new Date()): Promise<TicketEntity> {
    return this.act(actor, ticketId, 'REJOIN', now);
  }

  holdTicket(actor: Identity | null, ticketId: string, reason: string, now = new Date()): Promise<TicketEntity> {
    const why = reason.trim();
    if (!why || why.length > 200) {
      throw new DomainError('BAD_USER_INPUT', 'Say why the ticket is on hold (up to 200 characters)');
    }
    return this.act(actor, ticketId, 'HOLD', now, why);
  }

  /** Back to WAITING at its original place: it kept its queue key and the time it joined the stage. */
  resumeTicket(actor: Identity | null, ticketId: string, now = new Date()): Promise<TicketEntity> {
    return this.act(actor, ticketId, 'RESUME', now);
  }

  /**
   * Sends a called or served ticket on to another open counter of its office that serves its
   * stage and is free: it is called there at once (the board and the phone show the new counter),
   * and its visit at the first counter ends as TRANSFERRED. Only the officer holding the ticket's
   * counter sends it on.
   */
  async transfer(actor: Identity | null, ticketId: string, counterId: string, now = new Date()): Promise<TicketEntity> {
    const identity = requireIdentity(actor);
    if (!isUuid(ticketId)) throw NOT_FOUND();
    const after = await this.dataSource.transaction(async (manager) => {
      const locked = await this.calls.lockTicket(manager, ticketId);
      if (!locked) throw NOT_FOUND();
      const before = locked.ticket;
      requireOfficeOfficer(identity, before.officeId);
      const allowed = transition(before, 'TRANSFER');
      if (!allowed.allowed) throw new DomainError('INVALID_TRANSITION', `${before.number}: ${allowed.reason}`);
      await this.placeOf(manager, identity, locked, allowed);
      const target = isUuid(counterId) ? await this.counters.lock(manager, counterId) : null;
      if (!target || target.counter.officeId !== before.officeId) {
        throw new DomainError('NOT_FOUND', 'No such counter at this office');
      }
      const { counter } = target;
      if (counter.id === before.counterId) {
        throw new DomainError('BAD_USER_INPUT', `${before.number} is already at ${counter.name}`);
      }
      if (!counter.officerId) throw new DomainError('COUNTER_NOT_OPEN', `${counter.name} is not open`);
      if (!counter.stages.includes(before.stage)) {
        throw new DomainError('BAD_USER_INPUT', `${counter.name} does not serve ${before.stage}`);
      }
      if (target.activeTicketNumber) throw this.stillAtCounter(target.activeTicketNumber, counter.name);
      const moved = await this.calls.move(
        manager,
        before,
        { status: 'CALLED', stage: before.stage, counterId: counter.id, calledAt: now, callCount: 1, updatedAt: now },
        this.visitChange(before, allowed, now, null),
      );
      await this.calls.openCalledVisit(manager, moved, { counterId: counter.id, officerId: counter.officerId }, now);
      await this.outbox.append(manager, TicketCalled, {
        ticketId: moved.id,
        bookingId: moved.bookingId,
        officeId: moved.officeId,
        counterId: counter.id,
        stage: moved.stage,
        calledAt: now.toISOString(),
      });
      return moved;
    });
    this.live.changed(after.officeId, { tickets: [after.id] });
    return after;
  }

  private callGoesStraightToService(stage: Stage): boolean {
    const move = transition({ status: 'WAITING', stage }, 'CALL');
    return move.allowed && move.next.status === 'SERVING';
  }

  private async act(
    actor: Identity | null,
    ticketId: string,
    action: TicketAction,
    now: Date,
    holdReason?: string,
  ): Promise<TicketEntity> {
    const identity = requireIdentity(actor);
    if (!isUuid(ticketId)) throw NOT_FOUND();
    const move = await this.dataSource.transaction(async (manager): Promise<Move> => {
      const locked = await this.calls.lockTicket(manager, ticketId);
      if (!locked) throw NOT_FOUND();
      const before = locked.ticket;
      requireOfficeOfficer(identity, before.officeId);
      const allowed = transition(before, action);
      if (!allowed.allowed) throw new DomainError('INVALID_TRANSITION', `${before.number}: ${allowed.reason}`);
      const takenBy = await this.placeOf(manager, identity, locked, allowed);
      if (action === 'REJOIN' && locked.timeZone && before.localDate !== localDate(now, locked.timeZone)) {
        throw new DomainError(
          'INVALID_TRANSITION',
          `${before.number}: a no-show re-joins only on the day of its ticket`,
        );
      }
      const patch = await this.patchFor(manager, before, allowed, action, now, holdReason);
      const after = await this.calls.move(manager, before, patch, this.visitChange(before, allowed, now, takenBy));
      // Completing a stage also opens the next one's visit, once the finished one is closed.
      if (allowed.endsVisit && allowed.startsVisit) await this.calls.openVisit(manager, after, now);
      await this.announce(manager, { before, after, action }, now);
      return { before, after, action };
    });
    const queueMoved = action !== 'RECALL' && action !== 'START';
    this.live.changed(move.after.officeId, {
      tickets: [move.after.id],
      stages: queueMoved ? [move.before.stage, move.after.stage] : [],
    });
    return move.after;
  }

  /**
   * Where the acting officer must be (see Place): at the ticket's counter, which she holds; or at
   * an open counter of hers that serves the ticket's stage (adjudication from the pile, whose
   * counter and officer the visit then records).
   */
  private async placeOf(
    manager: EntityManager,
    identity: Identity,
    locked: LockedTicket,
    move: AllowedTransition,
  ): Promise<{ counterId: string; officerId: string } | null> {
    const { ticket } = locked;
    if (move.place === 'TICKET_COUNTER') {
      if (locked.counterOfficerId !== identity.sub) {
        throw new DomainError(
          'COUNTER_NOT_OPEN',
          `${ticket.number} is at ${locked.counterName ?? 'a counter'}, which ${
            locked.counterOfficerId ? 'another officer holds' : 'is not open'
          }`,
        );
      }
      return null;
    }
    if (move.place === 'STAGE_COUNTER') {
      const counter = await this.counters.openCounterOf(manager, identity.sub, ticket.officeId, ticket.stage);
      if (!counter) {
        throw new DomainError('COUNTER_NOT_OPEN', `Open a counter of yours that serves ${ticket.stage} first`);
      }
      return { counterId: counter.id, officerId: identity.sub };
    }
    return null;
  }

  private async patchFor(
    manager: EntityManager,
    ticket: TicketEntity,
    move: AllowedTransition,
    action: TicketAction,
    now: Date,
    holdReason?: string,
  ): Promise<TicketPatch> {
    const atCounter = move.next.status === 'CALLED' || move.next.status === 'SERVING';
    const patch: TicketPatch = {
      status: move.next.status,
      stage: move.next.stage,
      counterId: atCounter ? ticket.counterId : null,
      updatedAt: now,
    };
    switch (action) {
      case 'RECALL':
        return { ...patch, callCount: ticket.callCount + 1, calledAt: now };
      case 'COMPLETE':
        return move.startsVisit ? { ...patch, queuedAt: now, calledAt: null, callCount: 0 } : patch;
      case 'REJOIN': {
        const last = await this.calls.lastWaitingKey(manager, ticket.officeId, ticket.localDate, ticket.stage);
        return { ...patch, queueKey: rejoinQueueKey(now, last), queuedAt: now, calledAt: null, callCount: 0 };
      }
      case 'HOLD':
        return { ...patch, holdReason: holdReason ?? null, calledAt: null, callCount: 0 };
      case 'RESUME':
        return { ...patch, holdReason: null };
      default:
        return patch;
    }
  }

  /** What the move does to the ticket's stage visits, in the statement that moves the ticket. */
  private visitChange(
    before: TicketEntity,
    move: AllowedTransition,
    now: Date,
    takenBy: { counterId: string; officerId: string } | null,
  ): VisitChange | null {
    if (move.endsVisit) return { kind: 'END', outcome: move.endsVisit, at: now, takenBy };
    if (move.startsVisit) return { kind: 'OPEN', at: now };
    if (before.status === 'CALLED' && move.next.status === 'SERVING') return { kind: 'START', at: now };
    return null;
  }

  /** Facts other services act on, through the outbox: they go out if and only if the move commits. */
  private async announce(manager: EntityManager, { before, after, action }: Move, now: Date): Promise<void> {
    const at = now.toISOString();
    const ids = { ticketId: after.id, bookingId: after.bookingId, officeId: after.officeId };
    if (action === 'COMPLETE') {
      await this.outbox.append(manager, TicketStageCompleted, {
        ...ids,
        stage: before.stage,
        nextStage: after.status === 'DONE' ? null : after.stage,
        completedAt: at,
      });
      if (after.status === 'DONE') await this.outbox.append(manager, TicketCompleted, { ...ids, completedAt: at });
    } else if (action === 'NO_SHOW') {
      await this.outbox.append(manager, TicketNoShow, { ...ids, markedAt: at });
    } else if (action === 'REJOIN') {
      // She is back at the office: for scheduling the booking is checked in again (see its
      // bookingStatusAfter), so the fact is the same as at the kiosk.
      await this.outbox.append(manager, TicketCheckedIn, { ...ids, number: after.number, checkedInAt: at });
    }
  }
}
