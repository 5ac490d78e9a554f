import { domainMetrics } from '@antrian/observability';
import { Injectable } from '@nestjs/common';
import { Identity, isAdmin } from '@antrian/auth';
import { Stage, STAGES, TicketCalled, TicketCalledPayload } from '@antrian/contracts';
import { message } from '@antrian/messages';
import { OutboxService, prepareOutboxEventWithout } from '@antrian/messaging';
import { DomainError, requireIdentity, requireOfficeOfficer, isUuid } from '@antrian/subgraph';
import { violatedUniqueConstraint } from '@antrian/database';
import { callRefusal } from '../counters/counter-status';
import { CounterRepository } from '../counters/counter.repository';
import { LiveUpdatesService } from '../live/live-updates.service';
import { localDate } from '../shared/local-time';
import { Transaction, UnitOfWork } from '../shared/unit-of-work';
import { TicketEntity } from '../tickets/tickets/ticket.entity';
import { transition } from '../tickets/tickets/ticket-transitions';
import { CallEvent, ClaimedFields, ClaimOutcome } from '../tickets/tickets/call-claim';
import { CallRequest, TicketRepository } from '../tickets/tickets/ticket.repository';

const CALL_REFUSAL = {
  CLOSED: 'counterFloor.counter.notOpen',
  HELD_BY_ANOTHER: 'counterFloor.counter.heldByAnother',
  PAUSED: 'counterFloor.counter.paused',
} as const;

/** Stages whose tickets go straight into service when called (nobody to call: adjudication). */
const UNATTENDED_STAGES: readonly Stage[] = STAGES.filter((stage) => {
  const move = transition({ status: 'WAITING', stage }, 'CALL');
  return move.allowed && move.next.status === 'SERVING';
});

/** A counter takes one ticket at a time: this one is still there. */
export function stillAtCounter(number: string | null, counterName: string): DomainError {
  return new DomainError('INVALID_TRANSITION', message('counterFloor.call.stillAtCounter', { number, counterName }));
}

/** Calling at a counter: the next ticket in calling order, or a chosen one out of order. */
@Injectable()
export class CallsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly counters: CounterRepository,
    private readonly tickets: TicketRepository,
    private readonly outbox: OutboxService,
    private readonly live: LiveUpdatesService,
  ) {}

  /**
   * The next waiting ticket for the counter's stages, or null when nobody waits. Only the officer
   * holding the counter calls at it, not while it is paused, and only once the previous ticket has
   * left it. One statement decides and calls (see call-claim.ts); the refusals are named here from
   * the counter as it saw it, in the order callAt checks them.
   */
  async callNext(actor: Identity | null, counterId: string, now = new Date()): Promise<TicketEntity | null> {
    const officer = requireIdentity(actor);
    if (!isUuid(counterId)) throw new DomainError('NOT_FOUND', message('counterFloor.noSuchCounter'));
    const event: CallEvent = prepareOutboxEventWithout<TicketCalledPayload, ClaimedFields>(TicketCalled, {
      counterId,
      calledAt: now.toISOString(),
    });
    const isOfficer = officer.kind === 'officer';
    let outcome: ClaimOutcome | null;
    try {
      outcome = await this.tickets.claimNext(
        {
          counterId,
          officerId: officer.sub,
          actsForOfficeId: isOfficer ? (officer.officeId ?? null) : null,
          actsForAnyOffice: isOfficer && isAdmin(officer),
          unattendedStages: UNATTENDED_STAGES,
          now,
        },
        event,
      );
    } catch (error) {
      if (violatedUniqueConstraint(error) !== 'ticket_one_at_counter_idx') throw error;
      const [number, counter] = await Promise.all([
        this.counters.activeTicketNumber(this.unitOfWork.outside, counterId),
        this.counters.findById(counterId),
      ]);
      throw stillAtCounter(number, counter?.name ?? '');
    }
    if (!outcome) throw new DomainError('NOT_FOUND', message('counterFloor.noSuchCounter'));
    const { counter, timeZone, activeTicketNumber, mayCall, ticket } = outcome;
    requireOfficeOfficer(officer, counter.officeId);
    const refusal = callRefusal(counter, officer.sub);
    if (refusal)
      throw new DomainError('COUNTER_NOT_OPEN', message(CALL_REFUSAL[refusal], { counterName: counter.name }));
    if (activeTicketNumber) throw stillAtCounter(activeTicketNumber, counter.name);
    if (!timeZone) throw new DomainError('NOT_FOUND', message('counterFloor.officeUnknownToFloor'));
    // Not "nobody waits": the statement's conditions drifted from these checks.
    if (!mayCall) throw new Error('callNext: the statement refused a call that its checks allow');
    if (ticket) {
      domainMetrics.called();
      this.live.changed(ticket.officeId, { tickets: [ticket.id], stages: [ticket.stage] });
    }
    return ticket;
  }

  /**
   * A chosen waiting ticket, out of calling order (an officer calls the applicant standing in front
   * of her, say), under callNext's own guarantees: the counter's lock, and a ticket taken by one
   * call only (see TicketRepository.callChosen).
   */
  async callTicket(
    actor: Identity | null,
    counterId: string,
    ticketId: string,
    now = new Date(),
  ): Promise<TicketEntity> {
    if (!isUuid(ticketId)) throw new DomainError('NOT_FOUND', message('counterFloor.noSuchTicket'));
    const called = await this.callAt(actor, counterId, now, async (manager, request, counterName) => {
      const ticket = await this.tickets.callChosen(manager, ticketId, request);
      if (ticket) return ticket;
      throw await this.notCallable(ticketId, request, counterName);
    });
    return called!;
  }

  /** Why a chosen ticket could not be called (read after the refusal: nothing was changed). */
  private async notCallable(ticketId: string, request: CallRequest, counterName: string): Promise<DomainError> {
    const ticket = await this.tickets.findById(ticketId);
    if (!ticket || ticket.officeId !== request.officeId) {
      return new DomainError('NOT_FOUND', message('counterFloor.noSuchTicket'));
    }
    if (ticket.status !== 'WAITING') {
      return new DomainError('INVALID_TRANSITION', message('counterFloor.call.notWaiting', { number: ticket.number }));
    }
    if (ticket.localDate !== request.localDate) {
      return new DomainError('INVALID_TRANSITION', message('counterFloor.call.otherDay', { number: ticket.number }));
    }
    return new DomainError(
      'INVALID_TRANSITION',
      message('counterFloor.call.notServedHere', { number: ticket.number, counterName }),
    );
  }

  private async callAt(
    actor: Identity | null,
    counterId: string,
    now: Date,
    pick: (manager: Transaction, request: CallRequest, counterName: string) => Promise<TicketEntity | null>,
  ): Promise<TicketEntity | null> {
    const officer = requireIdentity(actor);
    if (!isUuid(counterId)) throw new DomainError('NOT_FOUND', message('counterFloor.noSuchCounter'));
    let counterName = '';
    try {
      const called = await this.unitOfWork.run(async (manager) => {
        // The counter's lock makes a double click (or two tabs) at one counter take turns, and
        // keeps a pause or a close from slipping in between the checks and the call.
        const locked = await this.counters.lock(manager, counterId);
        if (!locked) throw new DomainError('NOT_FOUND', message('counterFloor.noSuchCounter'));
        const { counter, timeZone, activeTicketNumber } = locked;
        counterName = counter.name;
        requireOfficeOfficer(officer, counter.officeId);
        const refusal = callRefusal(counter, officer.sub);
        if (refusal) throw new DomainError('COUNTER_NOT_OPEN', message(CALL_REFUSAL[refusal], { counterName }));
        if (activeTicketNumber) throw stillAtCounter(activeTicketNumber, counter.name);
        if (!timeZone) throw new DomainError('NOT_FOUND', message('counterFloor.officeUnknownToFloor'));
        // A ticket called meanwhile by a racing request at this very counter makes this fail on
        // ticket_one_at_counter_idx (see below).
        const request: CallRequest = {
          counterId: counter.id,
          officerId: officer.sub,
          officeId: counter.officeId,
          localDate: localDate(now, timeZone),
          stages: counter.stages,
          unattendedStages: counter.stages.filter((stage) => UNATTENDED_STAGES.includes(stage)),
          now,
        };
        const ticket = await pick(manager, request, counter.name);
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
      const number = await this.counters.activeTicketNumber(this.unitOfWork.outside, counterId);
      throw stillAtCounter(number, counterName);
    }
  }
}
