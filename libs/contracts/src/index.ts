export * from './event-definition';
export * from './identity/applicant-registered.event';
export * from './identity/officer-created.event';
export * from './live-subjects';
export * from './roles';
export * from './streams';
