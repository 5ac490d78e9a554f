export const OFFICER_ROLES = ['RECEPTION', 'INTERVIEW', 'ADJUDICATION', 'PICKUP', 'SUPERVISOR', 'ADMIN'] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];
