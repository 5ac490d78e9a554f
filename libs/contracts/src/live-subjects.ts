/**
 * Live subjects: plain NATS messages ("this changed, fetch it again") that every gateway replica
 * receives. They carry no data worth keeping; a lost one is repaired by the next.
 */
export const LIVE_SUBJECT_WILDCARD = '*.live.>';

export const liveSubjects = {
  viewer: (viewerId: string) => `identity.live.viewer.${viewerId}`,
  queueBoard: (officeId: string) => `counter.live.board.${officeId}`,
  ticket: (ticketId: string) => `counter.live.ticket.${ticketId}`,
} as const;
