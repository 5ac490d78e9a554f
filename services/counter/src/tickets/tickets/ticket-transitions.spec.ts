import { STAGES, TICKET_STATUSES } from '@antrian/contracts';
import { nextStage, TicketAction, transition } from './ticket-transitions';

const ACTIONS: TicketAction[] = [
  'CALL',
  'RECALL',
  'START',
  'COMPLETE',
  'NO_SHOW',
  'REJOIN',
  'HOLD',
  'RESUME',
  'TRANSFER',
];

describe('ticket transitions', () => {
  it('walks an application through reception, interview and adjudication to DONE', () => {
    expect(transition({ status: 'WAITING', stage: 'RECEPTION' }, 'CALL')).toMatchObject({
      next: { status: 'CALLED', stage: 'RECEPTION' },
      place: 'STAGE_COUNTER',
      endsVisit: null,
    });
    expect(transition({ status: 'CALLED', stage: 'RECEPTION' }, 'START')).toMatchObject({
      next: { status: 'SERVING', stage: 'RECEPTION' },
      place: 'TICKET_COUNTER',
    });
    expect(transition({ status: 'SERVING', stage: 'RECEPTION' }, 'COMPLETE')).toMatchObject({
      next: { status: 'WAITING', stage: 'INTERVIEW' },
      endsVisit: 'COMPLETED',
      startsVisit: true,
    });
    expect(transition({ status: 'SERVING', stage: 'INTERVIEW' }, 'COMPLETE')).toMatchObject({
      next: { status: 'WAITING', stage: 'ADJUDICATION' },
    });
    expect(transition({ status: 'SERVING', stage: 'ADJUDICATION' }, 'COMPLETE')).toMatchObject({
      next: { status: 'DONE', stage: 'ADJUDICATION' },
      endsVisit: 'COMPLETED',
      startsVisit: false,
    });
    expect(transition({ status: 'SERVING', stage: 'PICKUP' }, 'COMPLETE')).toMatchObject({
      next: { status: 'DONE', stage: 'PICKUP' },
    });
    expect(STAGES.map(nextStage)).toEqual(['INTERVIEW', 'ADJUDICATION', null, null]);
  });

  it('takes adjudication files without calling anyone to a counter', () => {
    expect(transition({ status: 'WAITING', stage: 'ADJUDICATION' }, 'CALL')).toMatchObject({
      next: { status: 'SERVING', stage: 'ADJUDICATION' },
    });
    expect(transition({ status: 'WAITING', stage: 'ADJUDICATION' }, 'COMPLETE')).toMatchObject({
      next: { status: 'DONE' },
      place: 'STAGE_COUNTER',
      endsVisit: 'COMPLETED',
    });
    expect(transition({ status: 'WAITING', stage: 'RECEPTION' }, 'COMPLETE')).toMatchObject({ allowed: false });
  });

  it('recalls, marks no-shows, re-joins, holds and resumes', () => {
    expect(transition({ status: 'CALLED', stage: 'INTERVIEW' }, 'RECALL')).toMatchObject({
      next: { status: 'CALLED', stage: 'INTERVIEW' },
    });
    expect(transition({ status: 'CALLED', stage: 'INTERVIEW' }, 'NO_SHOW')).toMatchObject({
      next: { status: 'NO_SHOW', stage: 'INTERVIEW' },
      endsVisit: 'NO_SHOW',
    });
    expect(transition({ status: 'NO_SHOW', stage: 'INTERVIEW' }, 'REJOIN')).toMatchObject({
      next: { status: 'WAITING', stage: 'INTERVIEW' },
      place: 'OFFICE',
      startsVisit: true,
    });
    for (const status of ['CALLED', 'SERVING'] as const) {
      expect(transition({ status, stage: 'RECEPTION' }, 'HOLD')).toMatchObject({
        next: { status: 'ON_HOLD', stage: 'RECEPTION' },
        place: 'TICKET_COUNTER',
        endsVisit: 'HELD',
      });
    }
    expect(transition({ status: 'WAITING', stage: 'RECEPTION' }, 'HOLD')).toMatchObject({ place: 'OFFICE' });
    expect(transition({ status: 'ON_HOLD', stage: 'RECEPTION' }, 'RESUME')).toMatchObject({
      next: { status: 'WAITING', stage: 'RECEPTION' },
      startsVisit: true,
    });
  });

  it('sends a called or served ticket on to another counter, called there at once', () => {
    expect(transition({ status: 'SERVING', stage: 'INTERVIEW' }, 'TRANSFER')).toMatchObject({
      next: { status: 'CALLED', stage: 'INTERVIEW' },
      place: 'TICKET_COUNTER',
      endsVisit: 'TRANSFERRED',
      startsVisit: false,
    });
  });

  it('refuses every other move, a finished ticket’s as DONE', () => {
    const allowed = new Set<string>();
    for (const status of TICKET_STATUSES) {
      for (const action of ACTIONS) {
        const result = transition({ status, stage: 'RECEPTION' }, action);
        if (result.allowed) allowed.add(`${action}:${status}`);
        else expect(result.reason).toBe(status === 'DONE' ? 'DONE' : 'NOT_NOW');
      }
    }
    expect([...allowed].sort()).toEqual(
      [
        'CALL:WAITING',
        'COMPLETE:SERVING',
        'HOLD:CALLED',
        'HOLD:SERVING',
        'HOLD:WAITING',
        'NO_SHOW:CALLED',
        'RECALL:CALLED',
        'REJOIN:NO_SHOW',
        'RESUME:ON_HOLD',
        'START:CALLED',
        'TRANSFER:CALLED',
        'TRANSFER:SERVING',
      ].sort(),
    );
    expect(transition({ status: 'WAITING', stage: 'RECEPTION' }, 'START')).toEqual({
      allowed: false,
      reason: 'NOT_NOW',
    });
    expect(transition({ status: 'DONE', stage: 'ADJUDICATION' }, 'HOLD')).toEqual({
      allowed: false,
      reason: 'DONE',
    });
  });
});
