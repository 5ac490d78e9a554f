export const SERVICE_KINDS = ['NEW_ORDINARY', 'NEW_ELECTRONIC', 'RENEWAL', 'REPLACE_LOST', 'REPLACE_DAMAGED'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const PRIORITY_GROUPS = ['ELDERLY', 'DISABLED', 'PREGNANT', 'CHILD'] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

export const BOOKING_STATUSES = ['BOOKED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
