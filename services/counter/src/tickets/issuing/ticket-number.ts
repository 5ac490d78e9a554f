import { PriorityGroup } from '@antrian/contracts';

/**
 * A: booked; P: a priority group (elderly, disabled, pregnant, small children), booked or a walk-in
 * on the office's separate daily quota of priority walk-ins; W: walk-in without a priority group;
 * K: passport pickup (pengambilan), the later visit to collect the finished passport.
 */
export type Lane = 'A' | 'P' | 'W' | 'K';

/** The priority group decides first: a priority walk-in shares lane P with booked priority tickets. */
export function laneFor(ticket: { walkIn: boolean; priority: PriorityGroup | null }): Lane {
  if (ticket.priority) return 'P';
  return ticket.walkIn ? 'W' : 'A';
}

/**
 * "A-017": the lane and the day's sequence in that lane, three digits at least so that numbers
 * line up on a board; a busy day simply grows a fourth digit ("A-1000").
 */
export function formatTicketNumber(lane: Lane, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`Invalid ticket sequence ${sequence}`);
  return `${lane}-${String(sequence).padStart(3, '0')}`;
}

const LANES: readonly Lane[] = ['A', 'P', 'W', 'K'];

/**
 * A number as an officer types it ("a17", "A 017", "A-017") in its printed form ("A-017"); null
 * when it cannot be a ticket number.
 */
export function parseTicketNumber(input: string): string | null {
  const match = /^([A-Za-z])[\s-]*(\d{1,6})$/.exec(input.trim());
  if (!match) return null;
  const lane = match[1].toUpperCase() as Lane;
  const sequence = Number(match[2]);
  return LANES.includes(lane) && sequence >= 1 ? formatTicketNumber(lane, sequence) : null;
}
