/**
 * Live subjects: plain NATS messages ("this changed, fetch it again") that every gateway replica
 * receives. They carry no data worth keeping; a lost one is repaired by the next.
 */
export const LIVE_SUBJECT_WILDCARD = '*.live.>';

export const liveSubjects = {
  viewer: (viewerId: string) => `identity.live.viewer.${viewerId}`,
  queueBoard: (officeId: string) => `counter.live.board.${officeId}`,
  ticket: (ticketId: string) => `counter.live.ticket.${ticketId}`,
  /** An office's floor as its officers and supervisor see it (`officeFloorChanged`). */
  officeFloor: (officeId: string) => `counter.live.floor.${officeId}`,
  /** An applicant's tickets of today, hers and her family members' (`myTicketsChanged`). */
  applicantTickets: (applicantId: string) => `counter.live.applicant-tickets.${applicantId}`,
  /** A printed ticket followed by its follow code (`followTicketChanged`); codes are NATS-safe tokens. */
  followedTicket: (followCode: string) => `counter.live.follow.${followCode}`,
} as const;

/**
 * What a follow code can look like: a NATS-safe token that can end `counter.live.follow.<code>`
 * (the counter issues 32 hex characters). Anything else is no code at all.
 */
export function isFollowCodeShaped(code: unknown): code is string {
  return typeof code === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(code);
}

/**
 * What every live message carries (its data), so that a gateway can tell it missed some: the
 * publishing process (`origin`, new at every start) and the message's place in that process's
 * sequence, counted over all its live subjects, dropped messages included (a message published
 * while NATS is away is lost, and the next one shows the gap).
 */
export interface LiveStamp {
  origin: string;
  seq: number;
}

/**
 * A publisher's sequence without a change: sent when its connection comes back and at intervals,
 * so that a gap at the end of a sequence is seen too. No gateway subscription listens to it as such.
 */
export const liveHeartbeatSubject = (service: string) => `${service}.live.heartbeat`;

export function isLiveStamp(data: unknown): data is LiveStamp {
  if (typeof data !== 'object' || data === null) return false;
  const { origin, seq } = data as Partial<LiveStamp>;
  return typeof origin === 'string' && typeof seq === 'number' && Number.isSafeInteger(seq);
}
