import { PriorityGroup } from '@antrian/contracts';

/**
 * A: booked; P: booked with a priority group; W: walk-in (priority or not); K: passport pickup
 * (pengambilan), the later visit to collect the finished passport.
 */
export type Lane = 'A' | 'P' | 'W' | 'K';

export function laneFor(ticket: { walkIn: boolean; priority: PriorityGroup | null }): Lane {
  if (ticket.walkIn) return 'W';
  return ticket.priority ? 'P' : 'A';
}

/**
 * "A-017": the lane and the day's sequence in that lane, three digits at least so that numbers
 * line up on a board; a busy day simply grows a fourth digit ("A-1000").
 */
export function formatTicketNumber(lane: Lane, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`Invalid ticket sequence ${sequence}`);
  return `${lane}-${String(sequence).padStart(3, '0')}`;
}
