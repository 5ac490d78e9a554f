import { defineEvent } from '../event-definition';

export interface TicketCheckedInPayload {
  ticketId: string;
  /** Null for walk-ins. */
  bookingId: string | null;
  officeId: string;
  number: string;
  /** ISO 8601, UTC. */
  checkedInAt: string;
}

export const TicketCheckedIn = defineEvent<TicketCheckedInPayload>()('counter.ticket.checked_in', 1);

export interface TicketCalledPayload {
  ticketId: string;
  bookingId: string | null;
  officeId: string;
  counterId: string;
  stage: string;
  calledAt: string;
}

export const TicketCalled = defineEvent<TicketCalledPayload>()('counter.ticket.called', 1);

export interface TicketStageCompletedPayload {
  ticketId: string;
  bookingId: string | null;
  officeId: string;
  stage: string;
  /** The stage it waits for now; null when it is done. */
  nextStage: string | null;
  completedAt: string;
}

export const TicketStageCompleted = defineEvent<TicketStageCompletedPayload>()('counter.ticket.stage_completed', 1);

export interface TicketCompletedPayload {
  ticketId: string;
  bookingId: string | null;
  officeId: string;
  completedAt: string;
}

/** The last stage is done: the booking is COMPLETED. */
export const TicketCompleted = defineEvent<TicketCompletedPayload>()('counter.ticket.completed', 1);

export interface TicketNoShowPayload {
  ticketId: string;
  bookingId: string | null;
  officeId: string;
  markedAt: string;
}

export const TicketNoShow = defineEvent<TicketNoShowPayload>()('counter.ticket.no_show', 1);

export interface TicketPriorityChangedPayload {
  ticketId: string;
  bookingId: string | null;
  officeId: string;
  /** The group reception confirmed; null: the ordinary lane's order. */
  priority: string | null;
  previousPriority: string | null;
  changedAt: string;
}

/** Reception confirmed a ticket's priority group, or sent a false claim to the ordinary order. */
export const TicketPriorityChanged = defineEvent<TicketPriorityChangedPayload>()('counter.ticket.priority_changed', 1);
