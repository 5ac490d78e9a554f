import { Stage, TicketStatus } from '@antrian/contracts';

export type TicketAction =
  'CALL' | 'RECALL' | 'START' | 'COMPLETE' | 'NO_SHOW' | 'REJOIN' | 'HOLD' | 'RESUME' | 'TRANSFER';

export interface TicketState {
  status: TicketStatus;
  stage: Stage;
}

/**
 * Where the acting officer must be:
 *  - TICKET_COUNTER: at the counter the ticket stands at, which she holds;
 *  - STAGE_COUNTER: at an open counter of hers that serves the ticket's stage;
 *  - OFFICE: anywhere, as an officer of the ticket's office.
 */
export type Place = 'TICKET_COUNTER' | 'STAGE_COUNTER' | 'OFFICE';

export type VisitOutcome = 'COMPLETED' | 'NO_SHOW' | 'HELD' | 'TRANSFERRED';

export interface AllowedTransition {
  allowed: true;
  next: TicketState;
  place: Place;
  /** The present stage visit ends this way. */
  endsVisit: VisitOutcome | null;
  /** The ticket (re)joins a queue, which starts a new stage visit. */
  startsVisit: boolean;
}

/**
 * DONE: nothing more happens to a finished ticket; NOT_NOW: the move does not fit its status. The
 * sentence a person reads comes from the catalogue (counterFloor.ticket.*), with the ticket's number.
 */
export interface RefusedTransition {
  allowed: false;
  reason: 'DONE' | 'NOT_NOW';
}

/** Applications: file reception, then interview (photo, fingerprints), then adjudication. */
const NEXT_STAGE: Record<Stage, Stage | null> = {
  RECEPTION: 'INTERVIEW',
  INTERVIEW: 'ADJUDICATION',
  ADJUDICATION: null,
  // A later visit with its own ticket: handing out the passport ends it.
  PICKUP: null,
};

export function nextStage(stage: Stage): Stage | null {
  return NEXT_STAGE[stage];
}

/**
 * Adjudication happens without the applicant: there is nobody to call to a counter. Calling an
 * ADJUDICATION ticket therefore takes its file straight into service (WAITING → SERVING, never
 * shown on the board), and a judikator may also complete a waiting file at once
 * (WAITING → DONE) from an open ADJUDICATION counter of hers.
 */
export function isUnattendedStage(stage: Stage): boolean {
  return stage === 'ADJUDICATION';
}

function allow(
  next: TicketState,
  place: Place,
  endsVisit: VisitOutcome | null = null,
  startsVisit = false,
): AllowedTransition {
  return { allowed: true, next, place, endsVisit, startsVisit };
}

/** The ticket life cycle, as one pure function: every move the floor may make, and nothing else. */
export function transition(state: TicketState, action: TicketAction): AllowedTransition | RefusedTransition {
  const { status, stage } = state;
  switch (`${action}:${status}`) {
    case 'CALL:WAITING':
      return allow({ status: isUnattendedStage(stage) ? 'SERVING' : 'CALLED', stage }, 'STAGE_COUNTER');
    case 'RECALL:CALLED':
      return allow(state, 'TICKET_COUNTER');
    case 'START:CALLED':
      return allow({ status: 'SERVING', stage }, 'TICKET_COUNTER');
    case 'COMPLETE:SERVING':
    case 'COMPLETE:WAITING': {
      if (status === 'WAITING' && !isUnattendedStage(stage)) break;
      const following = nextStage(stage);
      const place = status === 'WAITING' ? 'STAGE_COUNTER' : 'TICKET_COUNTER';
      return following
        ? allow({ status: 'WAITING', stage: following }, place, 'COMPLETED', true)
        : allow({ status: 'DONE', stage }, place, 'COMPLETED');
    }
    case 'NO_SHOW:CALLED':
      return allow({ status: 'NO_SHOW', stage }, 'TICKET_COUNTER', 'NO_SHOW');
    case 'REJOIN:NO_SHOW':
      return allow({ status: 'WAITING', stage }, 'OFFICE', null, true);
    case 'HOLD:WAITING':
      return allow({ status: 'ON_HOLD', stage }, 'OFFICE', 'HELD');
    case 'HOLD:CALLED':
    case 'HOLD:SERVING':
      return allow({ status: 'ON_HOLD', stage }, 'TICKET_COUNTER', 'HELD');
    case 'RESUME:ON_HOLD':
      return allow({ status: 'WAITING', stage }, 'OFFICE', null, true);
    // Sent on to another counter of the same stage, where it is called at once: this visit ends
    // and one at the new counter begins (CallsService.transfer opens it, already called).
    case 'TRANSFER:CALLED':
    case 'TRANSFER:SERVING':
      return allow({ status: 'CALLED', stage }, 'TICKET_COUNTER', 'TRANSFERRED');
  }
  return { allowed: false, reason: status === 'DONE' ? 'DONE' : 'NOT_NOW' };
}
