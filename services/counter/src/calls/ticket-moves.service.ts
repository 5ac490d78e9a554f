import { Injectable } from '@nestjs/common';
import { Identity, isAdmin } from '@antrian/auth';
import {
  TicketCalled,
  TicketCheckedIn,
  TicketCompleted,
  TicketNoShow,
  TicketNoShowPayload,
  TicketStageCompleted,
} from '@antrian/contracts';
import { message } from '@antrian/messages';
import { OutboxService, prepareOutboxEventWithout } from '@antrian/messaging';
import { DomainError, requireIdentity, requireOfficeOfficer, isUuid } from '@antrian/subgraph';
import { CounterRepository } from '../counters/counter.repository';
import { LiveUpdatesService } from '../live/live-updates.service';
import { localDate } from '../shared/local-time';
import { Transaction, UnitOfWork } from '../shared/unit-of-work';
import { rejoinQueueKey } from '../tickets/tickets/queue-order';
import { TicketEntity } from '../tickets/tickets/ticket.entity';
import { AllowedTransition, TicketAction, transition } from '../tickets/tickets/ticket-transitions';
import { NoShowDecidedFields } from '../tickets/tickets/no-show-statement';
import { LockedTicket, TicketPatch, TicketRepository, VisitChange } from '../tickets/tickets/ticket.repository';
import { stillAtCounter } from './calls.service';
import { CallRules, recallVerdict } from './recall-rules';

const NOT_FOUND = () => new DomainError('NOT_FOUND', message('counterFloor.noSuchTicket'));

interface Move {
  before: TicketEntity;
  after: TicketEntity;
  action: TicketAction;
}

/**
 * What the counters do with a called ticket and after: recall, serve, complete, no-show, re-join,
 * hold, resume, transfer. Every move is one of ticket-transitions.ts's, under the ticket's lock.
 */
@Injectable()
export class TicketMovesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly counters: CounterRepository,
    private readonly tickets: TicketRepository,
    private readonly outbox: OutboxService,
    private readonly live: LiveUpdatesService,
  ) {}

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

  /**
   * One statement decides and moves (see no-show-statement.ts): half of every call cycle at a busy
   * counter. A refusal is named here from the ticket as the statement found it, by act's checks.
   */
  async markNoShow(actor: Identity | null, ticketId: string, now = new Date()): Promise<TicketEntity> {
    const identity = requireIdentity(actor);
    if (!isUuid(ticketId)) throw NOT_FOUND();
    const event = prepareOutboxEventWithout<TicketNoShowPayload, NoShowDecidedFields>(TicketNoShow, {
      ticketId,
      markedAt: now.toISOString(),
    });
    const isOfficer = identity.kind === 'officer';
    const outcome = await this.tickets.markNoShow(
      {
        ticketId,
        officerId: identity.sub,
        actsForOfficeId: isOfficer ? (identity.officeId ?? null) : null,
        actsForAnyOffice: isOfficer && isAdmin(identity),
        now,
      },
      event,
    );
    if (!outcome) throw NOT_FOUND();
    const { before, after } = outcome;
    if (!after) {
      requireOfficeOfficer(identity, before.ticket.officeId);
      const allowed = transition(before.ticket, 'NO_SHOW');
      if (!allowed.allowed) throw this.refused(before.ticket, 'NO_SHOW');
      await this.placeOf(this.unitOfWork.outside, identity, before, allowed);
      throw new Error('markNoShow: the statement refused a move that its checks allow');
    }
    this.live.changed(after.officeId, { tickets: [after.id], stages: [before.ticket.stage, after.stage] });
    return after;
  }

  /** A no-show who turns up later the same day goes to the back of her stage's queue. */
  rejoinQueue(actor: Identity | null, ticketId: string, now = new Date()): Promise<TicketEntity> {
    return this.act(actor, ticketId, 'REJOIN', now);
  }

  holdTicket(actor: Identity | null, ticketId: string, reason: string, now = new Date()): Promise<TicketEntity> {
    const why = reason.trim();
    if (!why || why.length > 200) throw new DomainError('BAD_USER_INPUT', message('counterFloor.ticket.holdReason'));
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
    const after = await this.unitOfWork.run(async (manager) => {
      const locked = await this.tickets.lockTicket(manager, ticketId);
      if (!locked) throw NOT_FOUND();
      const before = locked.ticket;
      requireOfficeOfficer(identity, before.officeId);
      const allowed = transition(before, 'TRANSFER');
      if (!allowed.allowed) throw this.refused(before, 'TRANSFER');
      await this.placeOf(manager, identity, locked, allowed);
      const target = isUuid(counterId) ? await this.counters.lock(manager, counterId) : null;
      if (!target || target.counter.officeId !== before.officeId) {
        throw new DomainError('NOT_FOUND', message('counterFloor.noSuchCounterAtOffice'));
      }
      const { counter } = target;
      const counterName = counter.name;
      if (counter.id === before.counterId) {
        throw new DomainError(
          'BAD_USER_INPUT',
          message('counterFloor.transfer.alreadyThere', { number: before.number, counterName }),
        );
      }
      if (!counter.officerId || counter.pausedAt) {
        throw new DomainError(
          'COUNTER_NOT_OPEN',
          message(counter.officerId ? 'counterFloor.counter.paused' : 'counterFloor.counter.notOpen', { counterName }),
        );
      }
      if (!counter.stages.includes(before.stage)) {
        throw new DomainError(
          'BAD_USER_INPUT',
          message('counterFloor.transfer.stageNotServed', { counterName, stage: before.stage }),
        );
      }
      if (target.activeTicketNumber) throw stillAtCounter(target.activeTicketNumber, counter.name);
      const moved = await this.tickets.move(
        manager,
        before,
        { status: 'CALLED', stage: before.stage, counterId: counter.id, calledAt: now, callCount: 1, updatedAt: now },
        this.visitChange(before, allowed, now, null),
      );
      await this.tickets.openCalledVisit(manager, moved, { counterId: counter.id, officerId: counter.officerId }, now);
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

  private async act(
    actor: Identity | null,
    ticketId: string,
    action: TicketAction,
    now: Date,
    holdReason?: string,
  ): Promise<TicketEntity> {
    const identity = requireIdentity(actor);
    if (!isUuid(ticketId)) throw NOT_FOUND();
    const move = await this.unitOfWork.run(async (manager): Promise<Move> => {
      const locked = await this.tickets.lockTicket(manager, ticketId);
      if (!locked) throw NOT_FOUND();
      const before = locked.ticket;
      requireOfficeOfficer(identity, before.officeId);
      const allowed = transition(before, action);
      if (!allowed.allowed) throw this.refused(before, action);
      const takenBy = await this.placeOf(manager, identity, locked, allowed);
      if (action === 'REJOIN' && locked.timeZone && before.localDate !== localDate(now, locked.timeZone)) {
        throw new DomainError(
          'INVALID_TRANSITION',
          message('counterFloor.ticket.rejoinSameDay', { number: before.number }),
        );
      }
      if (action === 'RECALL') this.requireRecallAllowed(before, locked.rules, now);
      const patch = await this.patchFor(manager, before, allowed, action, now, holdReason);
      const after = await this.tickets.move(manager, before, patch, this.visitChange(before, allowed, now, takenBy));
      // Completing a stage also opens the next one's visit, once the finished one is closed.
      if (allowed.endsVisit && allowed.startsVisit) await this.tickets.openVisit(manager, after, now);
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

  /** The office's recall rules: a recall too soon, or past the limit of calls, is refused. */
  private requireRecallAllowed(ticket: TicketEntity, rules: CallRules, now: Date): void {
    const verdict = recallVerdict(ticket, rules, now);
    if (verdict.allowed) return;
    throw new DomainError(
      'INVALID_TRANSITION',
      verdict.reason === 'TOO_SOON'
        ? message('counterFloor.recall.tooSoon', { number: ticket.number, seconds: verdict.waitSeconds })
        : message('counterFloor.recall.limitReached', { number: ticket.number, maxCalls: verdict.maxCalls }),
      verdict.reason === 'TOO_SOON' ? { retryInSeconds: verdict.waitSeconds } : { maxCalls: verdict.maxCalls },
    );
  }

  private refused(ticket: TicketEntity, action: TicketAction): DomainError {
    return new DomainError(
      'INVALID_TRANSITION',
      ticket.status === 'DONE'
        ? message('counterFloor.ticket.done')
        : message('counterFloor.ticket.transitionRefused', { number: ticket.number, status: ticket.status, action }),
    );
  }

  /**
   * Where the acting officer must be (see Place): at the ticket's counter, which she holds; or at
   * an open counter of hers that serves the ticket's stage (adjudication from the pile, whose
   * counter and officer the visit then records).
   */
  private async placeOf(
    manager: Transaction,
    identity: Identity,
    locked: Pick<LockedTicket, 'ticket' | 'counterName' | 'counterOfficerId'>,
    move: AllowedTransition,
  ): Promise<{ counterId: string; officerId: string } | null> {
    const { ticket } = locked;
    if (move.place === 'TICKET_COUNTER') {
      if (locked.counterOfficerId !== identity.sub) {
        const where = { number: ticket.number, counterName: locked.counterName };
        throw new DomainError(
          'COUNTER_NOT_OPEN',
          locked.counterOfficerId
            ? message('counterFloor.act.ticketCounterHeldByAnother', where)
            : message('counterFloor.act.ticketCounterNotOpen', where),
        );
      }
      return null;
    }
    if (move.place === 'STAGE_COUNTER') {
      const counter = await this.counters.openCounterOf(manager, identity.sub, ticket.officeId, ticket.stage);
      if (!counter) {
        throw new DomainError(
          'COUNTER_NOT_OPEN',
          message('counterFloor.act.openStageCounter', { stage: ticket.stage }),
        );
      }
      return { counterId: counter.id, officerId: identity.sub };
    }
    return null;
  }

  private async patchFor(
    manager: Transaction,
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
        const last = await this.tickets.lastWaitingKey(manager, ticket.officeId, ticket.localDate, ticket.stage);
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
  private async announce(manager: Transaction, { before, after, action }: Move, now: Date): Promise<void> {
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
