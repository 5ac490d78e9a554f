import { localize, message } from '@antrian/messages';
import { MAX_WALK_IN_CAP, remainingUnder, walkInCapChangeProblem } from './walk-in-quota';

describe('walk-in caps', () => {
  it('accepts either cap, or both, as whole numbers from 0 to 10000', () => {
    expect(walkInCapChangeProblem({ cap: 20 })).toBeNull();
    expect(walkInCapChangeProblem({ priorityCap: 0 })).toBeNull();
    expect(walkInCapChangeProblem({ cap: null, priorityCap: MAX_WALK_IN_CAP })).toBeNull();
    expect(walkInCapChangeProblem({ cap: 0, priorityCap: 5 })).toBeNull();
  });

  it('refuses a change that changes nothing', () => {
    expect(walkInCapChangeProblem({})).toEqual(message('counterFloor.walkIn.giveACap'));
    expect(walkInCapChangeProblem({ cap: null, priorityCap: null })).toEqual(message('counterFloor.walkIn.giveACap'));
  });

  it('names the cap that is out of range or not whole', () => {
    const cap = message('counterFloor.walkIn.capOutOfRange', { max: 10_000 });
    const priorityCap = message('counterFloor.walkIn.priorityCapOutOfRange', { max: 10_000 });
    expect(walkInCapChangeProblem({ cap: -1 })).toEqual(cap);
    expect(localize(walkInCapChangeProblem({ cap: -1 })!, 'ENGLISH')).toBe(
      'The walk-in cap is a whole number from 0 to 10000.',
    );
    expect(walkInCapChangeProblem({ cap: 10_001, priorityCap: 3 })).toEqual(cap);
    expect(walkInCapChangeProblem({ priorityCap: -1 })).toEqual(priorityCap);
    expect(walkInCapChangeProblem({ cap: 5, priorityCap: 2.5 })).toEqual(priorityCap);
    expect(walkInCapChangeProblem({ priorityCap: Number.NaN })).toEqual(priorityCap);
  });

  it('counts what is left under a cap, never below zero', () => {
    expect(remainingUnder(10, 3)).toBe(7);
    expect(remainingUnder(5, 5)).toBe(0);
    // A supervisor lowered the cap after more were given out.
    expect(remainingUnder(2, 4)).toBe(0);
  });
});
