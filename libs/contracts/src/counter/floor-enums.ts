/**
 * The office floor's vocabulary, shared by the counter service and whoever reads its events.
 * A ticket moves RECEPTION → INTERVIEW → ADJUDICATION and is then DONE; PICKUP is a later visit.
 */
export const STAGES = ['RECEPTION', 'INTERVIEW', 'ADJUDICATION', 'PICKUP'] as const;
export type Stage = (typeof STAGES)[number];

export const TICKET_STATUSES = ['WAITING', 'CALLED', 'SERVING', 'ON_HOLD', 'DONE', 'NO_SHOW'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
