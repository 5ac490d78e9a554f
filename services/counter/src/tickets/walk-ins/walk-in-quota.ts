import { LocalizedMessage, message } from '@antrian/messages';

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
export function walkInCapChangeProblem(change: WalkInCapChange): LocalizedMessage | null {
  const given = (value: number | null | undefined): value is number => value !== undefined && value !== null;
  if (!given(change.cap) && !given(change.priorityCap)) {
    return message('counterFloor.walkIn.giveACap');
  }
  const valid = (value: number) => Number.isInteger(value) && value >= 0 && value <= MAX_WALK_IN_CAP;
  if (given(change.cap) && !valid(change.cap)) {
    return message('counterFloor.walkIn.capOutOfRange', { max: MAX_WALK_IN_CAP });
  }
  if (given(change.priorityCap) && !valid(change.priorityCap)) {
    return message('counterFloor.walkIn.priorityCapOutOfRange', { max: MAX_WALK_IN_CAP });
  }
  return null;
}

/** Tickets still to give out today under a cap; never negative (a cap lowered below the day's use). */
export function remainingUnder(cap: number, issued: number): number {
  return Math.max(cap - issued, 0);
}
