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
