import { MAX_WALK_IN_CAP, remainingUnder, walkInCapChangeProblem } from './walk-in-quota';

describe('walk-in caps', () => {
  it('accepts either cap, or both, as whole numbers from 0 to 10000', () => {
    expect(walkInCapChangeProblem({ cap: 20 })).toBeNull();
    expect(walkInCapChangeProblem({ priorityCap: 0 })).toBeNull();
    expect(walkInCapChangeProblem({ cap: null, priorityCap: MAX_WALK_IN_CAP })).toBeNull();
    expect(walkInCapChangeProblem({ cap: 0, priorityCap: 5 })).toBeNull();
  });

  it('refuses a change that changes nothing', () => {
    expect(walkInCapChangeProblem({})).toMatch(/Give the walk-in cap \(cap\), the priority walk-in cap/);
    expect(walkInCapChangeProblem({ cap: null, priorityCap: null })).not.toBeNull();
  });

  it('names the cap that is out of range or not whole', () => {
    expect(walkInCapChangeProblem({ cap: -1 })).toBe('The walk-in cap is a whole number from 0 to 10000');
    expect(walkInCapChangeProblem({ cap: 10_001, priorityCap: 3 })).toMatch(/^The walk-in cap/);
    expect(walkInCapChangeProblem({ priorityCap: -1 })).toBe(
      'The priority walk-in cap is a whole number from 0 to 10000',
    );
    expect(walkInCapChangeProblem({ cap: 5, priorityCap: 2.5 })).toMatch(/^The priority walk-in cap/);
    expect(walkInCapChangeProblem({ priorityCap: Number.NaN })).toMatch(/^The priority walk-in cap/);
  });

  it('counts what is left under a cap, never below zero', () => {
    expect(remainingUnder(10, 3)).toBe(7);
    expect(remainingUnder(5, 5)).toBe(0);
    // A supervisor lowered the cap after more were given out.
    expect(remainingUnder(2, 4)).toBe(0);
  });
});
