/** The highest daily cap a supervisor may set, for either kind of walk-in. */
export const MAX_WALK_IN_CAP = 10_000;

/** What a supervisor may change: a cap left out (undefined or null) stays as it is. */
export interface WalkInCapChange {
  /** Walk-ins without a priority group (lane W). */
  cap?: number | null;
  /** Priority walk-ins (lane P), on their own daily quota. */
  priorityCap?: number | null;
}

/** Why a change of the walk-in caps cannot be made, or null when it can. */
export function walkInCapChangeProblem(change: WalkInCapChange): string | null {
  const given = (value: number | null | undefined): value is number => value !== undefined && value !== null;
  if (!given(change.cap) && !given(change.priorityCap)) {
    return 'Give the walk-in cap (cap), the priority walk-in cap (priorityCap) or both';
  }
  const valid = (value: number) => Number.isInteger(value) && value >= 0 && value <= MAX_WALK_IN_CAP;
  if (given(change.cap) && !valid(change.cap)) {
    return `The walk-in cap is a whole number from 0 to ${MAX_WALK_IN_CAP}`;
  }
  if (given(change.priorityCap) && !valid(change.priorityCap)) {
    return `The priority walk-in cap is a whole number from 0 to ${MAX_WALK_IN_CAP}`;
  }
  return null;
}

/** Tickets still to give out today under a cap; never negative (a cap lowered below the day's use). */
export function remainingUnder(cap: number, issued: number): number {
  return Math.max(cap - issued, 0);
}
