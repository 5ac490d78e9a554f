import { STAGES } from '@antrian/contracts';
import { NO_SHOW_MOVES } from './no-show-statement';

describe('the no-show statement', () => {
  it('makes the one move ticket-transitions.ts allows: a called ticket, at its counter, becomes NO_SHOW', () => {
    // The statement writes this shape; a change of the life cycle's NO_SHOW must change it too.
    expect(NO_SHOW_MOVES.map(({ from }) => from)).toEqual(STAGES.map((stage) => ({ status: 'CALLED', stage })));
    for (const { from, move } of NO_SHOW_MOVES) {
      expect(move).toEqual({
        allowed: true,
        next: { status: 'NO_SHOW', stage: from.stage },
        place: 'TICKET_COUNTER',
        endsVisit: 'NO_SHOW',
        startsVisit: false,
      });
    }
  });
});
