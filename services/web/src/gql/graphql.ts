/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD, in the office’s own time zone */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type AddFamilyMemberInput = {
  birthDate: Scalars['Date']['input'];
  fullName: Scalars['String']['input'];
  nik: Scalars['String']['input'];
};

export type AddHolidayInput = {
  date: Scalars['Date']['input'];
  name: Scalars['String']['input'];
  /** Null: a national holiday or collective leave day */
  officeId?: InputMaybe<Scalars['ID']['input']>;
};

export type AddSessionInput = {
  capacity: Scalars['Int']['input'];
  endsAt: Scalars['DateTime']['input'];
  officeId: Scalars['ID']['input'];
  /** Only these service kinds (a special service day); default all */
  services?: InputMaybe<Array<ServiceKind>>;
  startsAt: Scalars['DateTime']['input'];
};

export type Applicant = {
  __typename?: 'Applicant';
  birthDate: Scalars['Date']['output'];
  bookings: Array<Booking>;
  /** Set when an officer released the NIK this account held to its owner: it no longer signs in and its bookings are cancelled */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  email: Scalars['String']['output'];
  /** Whether she confirmed her e-mail address with the code sent to it */
  emailConfirmed: Scalars['Boolean']['output'];
  /** The people she books for; shown to her and to officers of an office serving anyone on her account (each NIK whole only where that person is served), an empty list to anyone else */
  familyMembers: Array<FamilyMember>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When this account last signed in */
  lastSignInAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whole for its owner and officers of an office serving a booking for her; masked otherwise, national administrators included */
  nik: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  accessToken: Scalars['String']['output'];
  /** When the access token expires */
  expiresAt: Scalars['DateTime']['output'];
  /** Works once: refreshSession answers with a new one */
  refreshToken: Scalars['String']['output'];
};

export type BookSessionInput = {
  /** Book for this family member on your account (`Applicant.familyMembers`) instead of yourself */
  familyMemberId?: InputMaybe<Scalars['ID']['input']>;
  /** Chosen by the client once per booking attempt; a retry with the same key returns the first result */
  idempotencyKey: Scalars['String']['input'];
  priority?: InputMaybe<PriorityGroup>;
  service: ServiceKind;
  sessionId: Scalars['ID']['input'];
};

export type Booking = {
  __typename?: 'Booking';
  /** The account holder who booked */
  applicant: Applicant;
  /** Set when the office cancelled it (cancelSession, a holiday added over it), when its NIK was released from the account that booked it, or when its family member had been removed before it was made */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** Short, unambiguous booking code */
  code: Scalars['String']['output'];
  /** The family member this booking is for; null when the applicant booked for herself */
  familyMember?: Maybe<FamilyMember>;
  id: Scalars['ID']['output'];
  office: Office;
  priority?: Maybe<PriorityGroup>;
  /** The QR code as an SVG image */
  qrSvg: Scalars['String']['output'];
  /** Signed token that the QR code carries */
  qrToken: Scalars['String']['output'];
  /** How often it was rescheduled; the office's maxReschedules bounds it */
  rescheduleCount: Scalars['Int']['output'];
  service: ServiceKind;
  session: Session;
  status: BookingStatus;
  /** The visit’s ticket, null until checked in (a pickup ticket is not it); null for those who may not see it */
  ticket?: Maybe<Ticket>;
};

export type BookingStatus =
  | 'BOOKED'
  | 'CANCELLED'
  | 'CHECKED_IN'
  | 'COMPLETED'
  | 'NO_SHOW';

export type CheckInInput = {
  bookingCode?: InputMaybe<Scalars['String']['input']>;
  officeId: Scalars['ID']['input'];
  qrToken?: InputMaybe<Scalars['String']['input']>;
};

export type Counter = {
  __typename?: 'Counter';
  /** Called or served there now */
  currentTicket?: Maybe<Ticket>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  officeId: Scalars['ID']['output'];
  /** Resolved by identity; null unless the caller is an officer of the office */
  officer?: Maybe<Officer>;
  /** An officer holds it now (paused or not) */
  open: Scalars['Boolean']['output'];
  /** When its officer opened it; null while closed */
  openedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it is paused; null unless paused, and unless the caller is an officer of the office */
  pauseReason?: Maybe<Scalars['String']['output']>;
  /** The stages whose tickets it calls */
  stages: Array<Stage>;
  /** CLOSED, OPEN, or PAUSED (held, no calls) */
  status: CounterStatus;
};

export type CounterCall = {
  __typename?: 'CounterCall';
  /** What the board shows and says aloud, in the request’s language when left out: "Nomor antrian A-017, silakan menuju Loket 2." / "Ticket A-017, please go to Loket 2." */
  announcement: Scalars['String']['output'];
  counter: Counter;
  ticket: Ticket;
};


export type CounterCallAnnouncementArgs = {
  language?: InputMaybe<Language>;
};

export type CounterReport = {
  __typename?: 'CounterReport';
  counter: Counter;
  figures: ReportFigures;
};

export type CounterStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'PAUSED';

export type CreateCounterInput = {
  /** As the board shows it, e.g. "Loket 3" */
  name: Scalars['String']['input'];
  officeId: Scalars['ID']['input'];
  stages: Array<Stage>;
};

export type CreateOfficeInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** Short unique code, e.g. BLITAR */
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  timeZone: Scalars['String']['input'];
};

export type CreateOfficerInput = {
  fullName: Scalars['String']['input'];
  nip: Scalars['String']['input'];
  officeId?: InputMaybe<Scalars['ID']['input']>;
  password: Scalars['String']['input'];
  roles: Array<OfficerRole>;
};

export type DayAvailability = {
  __typename?: 'DayAvailability';
  date: Scalars['Date']['output'];
  /** A working day that is not a holiday */
  open: Scalars['Boolean']['output'];
  sessions: Array<Session>;
};

export type DayReport = {
  __typename?: 'DayReport';
  /** Per hour of the office’s wall clock and stage, hours with calls or services only, in order */
  byHour: Array<HourFigures>;
  /** Counters that called tickets that day */
  counters: Array<CounterReport>;
  /** Office-local day */
  date: Scalars['Date']['output'];
  officeId: Scalars['ID']['output'];
  /** Officers who called tickets that day */
  officers: Array<OfficerReport>;
  /** Every stage, in order */
  stages: Array<StageReport>;
  /** Of those, tickets that went through every stage */
  ticketsDone: Scalars['Int']['output'];
  /** Tickets issued that day (check-ins and walk-ins) */
  ticketsIssued: Scalars['Int']['output'];
  /** Every stage visit of the day */
  total: ReportFigures;
  /** Of those, tickets issued without a booking (priority walk-ins included) */
  walkIns: Scalars['Int']['output'];
};

/** A kiosk or display board of one office */
export type Device = {
  __typename?: 'Device';
  id: Scalars['ID']['output'];
  kind: DeviceKind;
  name: Scalars['String']['output'];
  officeId: Scalars['ID']['output'];
  /** Set once revoked: its tokens stopped working then, and it cannot renew them */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** KIOSK: checks applicants in at its office; BOARD: only watches its office */
export type DeviceKind =
  | 'BOARD'
  | 'KIOSK';

export type DeviceRegistration = {
  __typename?: 'DeviceRegistration';
  /** The device’s first session; it renews it with refreshSession like any other client */
  credentials: AuthPayload;
  device: Device;
};

/** A person an applicant books for on her account, with her own NIK */
export type FamilyMember = {
  __typename?: 'FamilyMember';
  birthDate: Scalars['Date']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Whole for her account holder and officers of an office serving a booking for her; masked otherwise, national administrators included */
  nik: Scalars['String']['output'];
};

export type Holiday = {
  __typename?: 'Holiday';
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Null: national */
  officeId?: Maybe<Scalars['ID']['output']>;
};

export type HourFigures = {
  __typename?: 'HourFigures';
  /** 0-23, the office’s local hour */
  hour: Scalars['Int']['output'];
  /** Mean wait of the tickets called in that hour */
  meanWaitSeconds?: Maybe<Scalars['Int']['output']>;
  /** Stage services completed in that hour */
  served: Scalars['Int']['output'];
  stage: Stage;
};

/** Bahasa Indonesia is the default everywhere */
export type Language =
  | 'ENGLISH'
  | 'INDONESIAN';

export type Mutation = {
  __typename?: 'Mutation';
  /** A signed-in applicant puts a family member (with her own NIK) on her account, to book for her */
  addFamilyMember: FamilyMember;
  /** ADMIN: a national holiday (no office) or one office’s closing day; a SUPERVISOR for her own office. Booked sessions of the day are cancelled with its name as the reason */
  addHoliday: Holiday;
  /** SUPERVISOR of the office, or ADMIN; bookable at once */
  addSession: Session;
  bookSession: Booking;
  /** The officer holding the counter: the next ticket for its stages; null when nobody waits */
  callNext?: Maybe<Ticket>;
  /** The officer holding the counter calls a chosen waiting ticket of its stages, out of calling order; like callNext, never while paused and never a ticket another call took */
  callTicket: Ticket;
  cancelBooking: Booking;
  /** SUPERVISOR of the office, or ADMIN: every active booking of it is cancelled with the reason, the applicants are told, and no place is sold again */
  cancelSession: Session;
  /** A kiosk of the office, or an officer of the office */
  checkIn: Ticket;
  /** Its officer, or a SUPERVISOR of the office; never with a ticket at it */
  closeCounter: Counter;
  /** Moves to the next stage, or DONE after ADJUDICATION (which may be completed straight from WAITING at an open ADJUDICATION counter) */
  completeStage: Ticket;
  /** The signed-in applicant confirms her e-mail address with the one-time code sent at registration (or again on request); then she refreshes her session, whose new access token says so */
  confirmEmail: Applicant;
  /** SUPERVISOR of the office, or ADMIN */
  createCounter: Counter;
  /** ADMIN */
  createOffice: Office;
  /** ADMIN anywhere; SUPERVISOR in her own office */
  createOfficer: Officer;
  /** SUPERVISOR of her office (never an ADMIN), or ADMIN; nobody deactivates herself. She can no longer sign in, and her tokens and open WebSockets stop at once */
  deactivateOfficer: Officer;
  /** ON_HOLD, e.g. while the applicant fetches a missing document */
  holdTicket: Ticket;
  /** A kiosk or an officer of the office: the ticket (lane K, stage PICKUP) for collecting a finished passport */
  issuePickupTicket: Ticket;
  /** An officer of the office: a ticket without a booking, lane W within the daily walk-in cap; with a priority group, lane P within the separate daily priority walk-in cap */
  issueWalkInTicket: Ticket;
  /** CALLED → NO_SHOW; it may re-join later the same day */
  markNoShow: Ticket;
  /** The signed-in officer takes a counter of her office whose stages her roles cover */
  openCounter: Counter;
  /** Its officer, or a SUPERVISOR of the office: no calls while paused; its ticket stays, `open` stays true */
  pauseCounter: Counter;
  /** Announces a called ticket again */
  recall: Ticket;
  /** The next tokens of the session; also after confirming an e-mail, to get a token that says so */
  refreshSession: AuthPayload;
  /** Opens an account; limited per client address (RATE_LIMITED with retryAfterSeconds). A one-time code is mailed to her e-mail address (confirmEmail) */
  registerApplicant: Applicant;
  /** SUPERVISOR of the office, or ADMIN; NOT_FOUND for an office identity has not yet heard of from scheduling */
  registerDevice: DeviceRegistration;
  /** An officer of the office: a no-show back to the end of its stage */
  rejoinQueue: Ticket;
  /** A SUPERVISOR (any office) or ADMIN who has seen her identity card: an account holding the NIK as its own is closed, a family entry holding it is removed, their active bookings are cancelled, the holder is told, an audit record is kept; then its owner can register. False when nobody held it */
  releaseNik: Scalars['Boolean']['output'];
  /** Her account holder removes her from the account; refused (ACTIVE_BOOKING_EXISTS) while she has an active booking */
  removeFamilyMember: Scalars['Boolean']['output'];
  rescheduleBooking: Booking;
  /** Sends the signed-in applicant a new confirmation code (the previous one stops working); false when her e-mail is already confirmed */
  resendEmailConfirmation: Scalars['Boolean']['output'];
  /** Its officer, or a SUPERVISOR of the office: calls resume */
  resumeCounter: Counter;
  /** ON_HOLD → WAITING at its original place in the queue */
  resumeTicket: Ticket;
  /** SUPERVISOR of its office, or ADMIN: its tokens and open WebSockets stop working at once */
  revokeDevice: Device;
  /** SUPERVISOR of her office (never granting or touching ADMIN), or ADMIN; her current access tokens stop at once and her next renewal carries the new roles */
  setOfficerRoles: Officer;
  /** RECEPTION or SUPERVISOR of the office: confirms a priority group, or sends a false claim to the ordinary order (null); the ticket keeps its number, its place follows its new priority */
  setTicketPriority: Ticket;
  /** SUPERVISOR of the office, or ADMIN: walk-in tickets per day (cap) and priority walk-in tickets per day (priorityCap); a cap left out stays as it is */
  setWalkInCap: WalkInQuota;
  /** SUPERVISOR of the office, or ADMIN: replaces the weekly sessions */
  setWeeklyTemplate: Office;
  /** RATE_LIMITED (with retryAfterSeconds) after repeated failures: a growing wait per account, hard limits per account and address and per address */
  signIn: AuthPayload;
  /** Ends the caller’s session (refresh-token family): its refresh token stops working, its access tokens at once on every gateway */
  signOut: Scalars['Boolean']['output'];
  /** CALLED → SERVING, at the officer’s counter */
  startService: Ticket;
  /** Sends a called or served ticket on to another open, free counter of its stage, where it is called */
  transferTicket: Ticket;
  /** Her account holder corrects her name, or her birth date where it still matches her NIK */
  updateFamilyMember: FamilyMember;
  /** SUPERVISOR of the office, or ADMIN */
  updateOfficeRules: Office;
};


export type MutationAddFamilyMemberArgs = {
  input: AddFamilyMemberInput;
};


export type MutationAddHolidayArgs = {
  input: AddHolidayInput;
};


export type MutationAddSessionArgs = {
  input: AddSessionInput;
};


export type MutationBookSessionArgs = {
  input: BookSessionInput;
};


export type MutationCallNextArgs = {
  counterId: Scalars['ID']['input'];
};


export type MutationCallTicketArgs = {
  counterId: Scalars['ID']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationCancelBookingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelSessionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCheckInArgs = {
  input: CheckInInput;
};


export type MutationCloseCounterArgs = {
  counterId: Scalars['ID']['input'];
};


export type MutationCompleteStageArgs = {
  ticketId: Scalars['ID']['input'];
};


export type MutationConfirmEmailArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateCounterArgs = {
  input: CreateCounterInput;
};


export type MutationCreateOfficeArgs = {
  input: CreateOfficeInput;
};


export type MutationCreateOfficerArgs = {
  input: CreateOfficerInput;
};


export type MutationDeactivateOfficerArgs = {
  officerId: Scalars['ID']['input'];
};


export type MutationHoldTicketArgs = {
  reason: Scalars['String']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationIssuePickupTicketArgs = {
  bookingCode: Scalars['String']['input'];
  officeId: Scalars['ID']['input'];
};


export type MutationIssueWalkInTicketArgs = {
  officeId: Scalars['ID']['input'];
  priority?: InputMaybe<PriorityGroup>;
};


export type MutationMarkNoShowArgs = {
  ticketId: Scalars['ID']['input'];
};


export type MutationOpenCounterArgs = {
  counterId: Scalars['ID']['input'];
};


export type MutationPauseCounterArgs = {
  counterId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRecallArgs = {
  ticketId: Scalars['ID']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegisterApplicantArgs = {
  input: RegisterApplicantInput;
};


export type MutationRegisterDeviceArgs = {
  input: RegisterDeviceInput;
};


export type MutationRejoinQueueArgs = {
  ticketId: Scalars['ID']['input'];
};


export type MutationReleaseNikArgs = {
  nik: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveFamilyMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRescheduleBookingArgs = {
  id: Scalars['ID']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationResumeCounterArgs = {
  counterId: Scalars['ID']['input'];
};


export type MutationResumeTicketArgs = {
  ticketId: Scalars['ID']['input'];
};


export type MutationRevokeDeviceArgs = {
  deviceId: Scalars['ID']['input'];
};


export type MutationSetOfficerRolesArgs = {
  officerId: Scalars['ID']['input'];
  roles: Array<OfficerRole>;
};


export type MutationSetTicketPriorityArgs = {
  priority?: InputMaybe<PriorityGroup>;
  ticketId: Scalars['ID']['input'];
};


export type MutationSetWalkInCapArgs = {
  cap?: InputMaybe<Scalars['Int']['input']>;
  officeId: Scalars['ID']['input'];
  priorityCap?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSetWeeklyTemplateArgs = {
  input: SetWeeklyTemplateInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationStartServiceArgs = {
  ticketId: Scalars['ID']['input'];
};


export type MutationTransferTicketArgs = {
  counterId: Scalars['ID']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationUpdateFamilyMemberArgs = {
  input: UpdateFamilyMemberInput;
};


export type MutationUpdateOfficeRulesArgs = {
  input: UpdateOfficeRulesInput;
};

export type Office = {
  __typename?: 'Office';
  address?: Maybe<Scalars['String']['output']>;
  /** Public, no sign-in */
  availability: Array<DayAvailability>;
  /** Booking closes this many minutes before a session starts */
  bookingClosesMinutesBefore: Scalars['Int']['output'];
  /** Cancel and reschedule until this many minutes before a session */
  changeCutoffMinutes: Scalars['Int']['output'];
  /** Check-in opens this many minutes before a session starts */
  checkInOpensMinutesBefore: Scalars['Int']['output'];
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Calls before a ticket may only be marked a no-show; 3 by default */
  maxCalls: Scalars['Int']['output'];
  /** Per booking; 1 by default (M-Paspor's rule) */
  maxReschedules: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Least time between two calls of one ticket; 60 by default */
  recallGapSeconds: Scalars['Int']['output'];
  releaseDaysAhead: Scalars['Int']['output'];
  releaseMode: ReleaseMode;
  /** Office-local time (HH:MM) at which places are released */
  releaseTime: Scalars['String']['output'];
  /** IANA, e.g. Asia/Jakarta */
  timeZone: Scalars['String']['output'];
};


export type OfficeAvailabilityArgs = {
  from: Scalars['Date']['input'];
  service?: InputMaybe<ServiceKind>;
  to: Scalars['Date']['input'];
};

/** An office’s floor as its officers and supervisor see it */
export type OfficeFloor = {
  __typename?: 'OfficeFloor';
  /** Every counter with its status, officer and current ticket */
  counters: Array<Counter>;
  /** Office-local today */
  date: Scalars['Date']['output'];
  /** Of the tickets waiting now: the longest wait so far; null when none waits */
  longestWaitSeconds?: Maybe<Scalars['Int']['output']>;
  /** Stage visits that ended as no-shows today (as in the day report) */
  noShowsToday: Scalars['Int']['output'];
  officeId: Scalars['ID']['output'];
  /** Today’s tickets on hold, longest held first */
  onHold: Array<Ticket>;
  /** Every stage, in the order a ticket goes through them */
  queues: Array<StageQueue>;
  /** Stage visits completed today (as in the day report) */
  servedToday: Scalars['Int']['output'];
  /** When this floor was read */
  updatedAt: Scalars['DateTime']['output'];
};

export type Officer = {
  __typename?: 'Officer';
  /** False once deactivated: she no longer signs in */
  active: Scalars['Boolean']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When this account last signed in */
  lastSignInAt?: Maybe<Scalars['DateTime']['output']>;
  nip: Scalars['String']['output'];
  /** Null for national administrators */
  officeId?: Maybe<Scalars['ID']['output']>;
  roles: Array<OfficerRole>;
};

export type OfficerReport = {
  __typename?: 'OfficerReport';
  figures: ReportFigures;
  /** Resolved by identity */
  officer: Officer;
};

export type OfficerRole =
  | 'ADJUDICATION'
  | 'ADMIN'
  | 'INTERVIEW'
  | 'PICKUP'
  | 'RECEPTION'
  | 'SUPERVISOR';

export type PriorityGroup =
  | 'CHILD'
  | 'DISABLED'
  | 'ELDERLY'
  | 'PREGNANT';

export type Query = {
  __typename?: 'Query';
  /** Its owner, or an officer of its office; NOT_FOUND for anyone else, as for an unknown code */
  booking?: Maybe<Booking>;
  /** Officers of the office, and its kiosks and boards */
  counters: Array<Counter>;
  /** SUPERVISOR of the office, or ADMIN: per stage, counter and officer, for an office-local day */
  dayReport: DayReport;
  /** SUPERVISOR of the office, or ADMIN: its kiosks and boards, revoked ones included */
  devices: Array<Device>;
  /** Officers of the office: each session of the office-local day with its bookings, cancelled sessions included */
  expectedArrivals: Array<SessionArrivals>;
  /** Public, by the follow code printed on a ticket; null for a code no ticket carries */
  followTicket?: Maybe<TicketFollow>;
  /** The signed-in applicant or officer; null when signed out */
  me?: Maybe<Viewer>;
  myBookings: Array<Booking>;
  /** The signed-in applicant’s tickets of today (hers and her family members’), first checked in first */
  myTickets: Array<Ticket>;
  /** Public */
  office?: Maybe<Office>;
  /** Officers of the office, or ADMIN */
  officeFloor: OfficeFloor;
  /** SUPERVISOR of the office, or ADMIN: its officers, deactivated ones included (active: false) */
  officers: Array<Officer>;
  /** Public */
  offices: Array<Office>;
  /** Public, no sign-in */
  queueBoard: QueueBoard;
  /** Its applicant, or an officer of its office */
  ticket?: Maybe<Ticket>;
  /** Officers of the office: a ticket by its printed number ("A-017", typed as "a17" too) */
  ticketByNumber?: Maybe<Ticket>;
  /** Officers of the office: its tickets of an office-local day (today when left out); waiting tickets first, in calling order */
  tickets: Array<Ticket>;
  /** Officers of the office: today’s walk-in cap and use */
  walkInQuota: WalkInQuota;
};


export type QueryBookingArgs = {
  code: Scalars['String']['input'];
};


export type QueryCountersArgs = {
  officeId: Scalars['ID']['input'];
};


export type QueryDayReportArgs = {
  date: Scalars['Date']['input'];
  officeId: Scalars['ID']['input'];
};


export type QueryDevicesArgs = {
  officeId: Scalars['ID']['input'];
};


export type QueryExpectedArrivalsArgs = {
  date: Scalars['Date']['input'];
  officeId: Scalars['ID']['input'];
};


export type QueryFollowTicketArgs = {
  code: Scalars['String']['input'];
};


export type QueryOfficeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOfficeFloorArgs = {
  officeId: Scalars['ID']['input'];
};


export type QueryOfficersArgs = {
  officeId: Scalars['ID']['input'];
};


export type QueryQueueBoardArgs = {
  officeId: Scalars['ID']['input'];
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketByNumberArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
  number: Scalars['String']['input'];
  officeId: Scalars['ID']['input'];
};


export type QueryTicketsArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
  officeId: Scalars['ID']['input'];
  stage?: InputMaybe<Stage>;
  statuses?: InputMaybe<Array<TicketStatus>>;
};


export type QueryWalkInQuotaArgs = {
  officeId: Scalars['ID']['input'];
};

export type QueueBoard = {
  __typename?: 'QueueBoard';
  /** Every counter of the office, by name, with its status: a paused one shows as PAUSED, ticket or not (never why, never who) */
  counters: Array<Counter>;
  /** Office-local today */
  date: Scalars['Date']['output'];
  /** Tickets called or served at open counters, latest call first (adjudication, done without the applicant, is not shown) */
  nowServing: Array<CounterCall>;
  officeId: Scalars['ID']['output'];
  /** Every stage, in the order a ticket goes through them */
  queues: Array<StageQueue>;
  /** When this board was read */
  updatedAt: Scalars['DateTime']['output'];
};

export type RegisterApplicantInput = {
  birthDate: Scalars['Date']['input'];
  /** The CAPTCHA’s answer, where the deployment shows one (see docs/security.md) */
  captchaToken?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  fullName: Scalars['String']['input'];
  nik: Scalars['String']['input'];
  password: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type RegisterDeviceInput = {
  kind: DeviceKind;
  /** Where it stands, e.g. "Kiosk at the entrance" */
  name: Scalars['String']['input'];
  officeId: Scalars['ID']['input'];
};

/** ROLLING: each day opens releaseDaysAhead days before; MONTHLY: a month opens on the last working day before it */
export type ReleaseMode =
  | 'MONTHLY'
  | 'ROLLING';

export type ReportFigures = {
  __typename?: 'ReportFigures';
  meanServiceSeconds?: Maybe<Scalars['Float']['output']>;
  meanWaitSeconds?: Maybe<Scalars['Float']['output']>;
  noShows: Scalars['Int']['output'];
  p90ServiceSeconds?: Maybe<Scalars['Float']['output']>;
  p90WaitSeconds?: Maybe<Scalars['Float']['output']>;
  /** Stage services completed */
  served: Scalars['Int']['output'];
};

export type ServiceKind =
  | 'NEW_ELECTRONIC'
  | 'NEW_ORDINARY'
  | 'RENEWAL'
  | 'REPLACE_DAMAGED'
  | 'REPLACE_LOST';

export type Session = {
  __typename?: 'Session';
  /** When its places are released for booking */
  bookableFrom: Scalars['DateTime']['output'];
  /** Set once the office cancelled it: no place is sold again */
  cancelReason?: Maybe<Scalars['String']['output']>;
  capacity: Scalars['Int']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Places still free. In public availability (Office.availability) it may be up to a second old (the AVAILABILITY_CACHE_MS setting); a booking's own session is exact */
  remaining: Scalars['Int']['output'];
  /** Null: every service kind */
  services?: Maybe<Array<ServiceKind>>;
  startsAt: Scalars['DateTime']['output'];
};

/** A session of the day with the bookings the office expects (or has seen) */
export type SessionArrivals = {
  __typename?: 'SessionArrivals';
  /** Cancelled bookings left out; `Booking.ticket` shows who has checked in */
  bookings: Array<Booking>;
  session: Session;
};

export type SetWeeklyTemplateInput = {
  officeId: Scalars['ID']['input'];
  slots: Array<TemplateSlotInput>;
};

export type SignInInput = {
  /** E-mail or NIK for applicants, NIP for officers */
  login: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type Stage =
  | 'ADJUDICATION'
  | 'INTERVIEW'
  | 'PICKUP'
  | 'RECEPTION';

export type StageQueue = {
  __typename?: 'StageQueue';
  /** Mean wait of today’s tickets at this stage, from joining its queue to being called; null before any call */
  averageWaitSeconds?: Maybe<Scalars['Int']['output']>;
  stage: Stage;
  /** Tickets waiting for this stage now */
  waiting: Scalars['Int']['output'];
};

export type StageReport = {
  __typename?: 'StageReport';
  figures: ReportFigures;
  stage: Stage;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Public, by a ticket’s follow code: the ticket after every change */
  followTicketChanged: TicketFollow;
  /** The signed-in applicant: her tickets after every change */
  myTicketsChanged: Array<Ticket>;
  /** Officers of the office, or ADMIN: the floor after every change */
  officeFloorChanged: OfficeFloor;
  /** Public: the board, again after every change */
  queueBoardChanged: QueueBoard;
  /** Its applicant, or an officer of its office */
  ticketChanged: Ticket;
  /** The signed-in viewer, again whenever it changes */
  viewerChanged?: Maybe<Viewer>;
};


export type SubscriptionFollowTicketChangedArgs = {
  code: Scalars['String']['input'];
};


export type SubscriptionOfficeFloorChangedArgs = {
  officeId: Scalars['ID']['input'];
};


export type SubscriptionQueueBoardChangedArgs = {
  officeId: Scalars['ID']['input'];
};


export type SubscriptionTicketChangedArgs = {
  ticketId: Scalars['ID']['input'];
};

export type TemplateSlotInput = {
  capacity: Scalars['Int']['input'];
  /** Office-local HH:MM */
  end: Scalars['String']['input'];
  /** Office-local HH:MM */
  start: Scalars['String']['input'];
  /** ISO weekday, 1 = Monday … 5 = Friday */
  weekday: Scalars['Int']['input'];
};

export type Ticket = {
  __typename?: 'Ticket';
  /** Resolved by scheduling; null for walk-ins, and for those who may not see the ticket */
  booking?: Maybe<Booking>;
  /** How often its present call was announced (recalls included) */
  callCount: Scalars['Int']['output'];
  /** The latest call of its present stage */
  calledAt?: Maybe<Scalars['DateTime']['output']>;
  checkedInAt: Scalars['DateTime']['output'];
  /** Where it is called or served now */
  counter?: Maybe<Counter>;
  /** Until it is called, from its position and the stage’s recent pace; null unless WAITING */
  estimatedWaitSeconds?: Maybe<Scalars['Int']['output']>;
  /** Printed on the ticket (a QR code): anyone holding it follows this ticket, no sign-in; shown to its applicant, the officers of its office and the kiosk that issued it, null for everybody else */
  followCode?: Maybe<Scalars['String']['output']>;
  /** Why it is on hold (a missing document, say); null for those who may not see the ticket */
  holdReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The office-local day it was issued */
  localDate: Scalars['Date']['output'];
  /** e.g. A-017, P-003, W-004; unique per office, lane and local day */
  number: Scalars['String']['output'];
  officeId: Scalars['ID']['output'];
  /** 1 = next for its stage; null unless WAITING */
  position?: Maybe<Scalars['Int']['output']>;
  /** Priority tickets are called first; null for those who may not see the ticket */
  priority?: Maybe<PriorityGroup>;
  /** Booked tickets: when the session starts */
  sessionStartsAt?: Maybe<Scalars['DateTime']['output']>;
  stage: Stage;
  status: TicketStatus;
};

/** What a printed ticket’s holder may see: no person, no booking */
export type TicketFollow = {
  __typename?: 'TicketFollow';
  /** Where to go, once called */
  counterName?: Maybe<Scalars['String']['output']>;
  /** Until it is called; null unless WAITING */
  estimatedWaitSeconds?: Maybe<Scalars['Int']['output']>;
  number: Scalars['String']['output'];
  officeId: Scalars['ID']['output'];
  /** 1 = next for its stage; null unless WAITING */
  position?: Maybe<Scalars['Int']['output']>;
  stage: Stage;
  status: TicketStatus;
};

export type TicketStatus =
  | 'CALLED'
  | 'DONE'
  | 'NO_SHOW'
  | 'ON_HOLD'
  | 'SERVING'
  | 'WAITING';

export type UpdateFamilyMemberInput = {
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

export type UpdateOfficeRulesInput = {
  bookingClosesMinutesBefore?: InputMaybe<Scalars['Int']['input']>;
  changeCutoffMinutes?: InputMaybe<Scalars['Int']['input']>;
  checkInOpensMinutesBefore?: InputMaybe<Scalars['Int']['input']>;
  /** Calls of one ticket before it may only be marked a no-show */
  maxCalls?: InputMaybe<Scalars['Int']['input']>;
  /** How often one booking may be rescheduled (0: never) */
  maxReschedules?: InputMaybe<Scalars['Int']['input']>;
  officeId: Scalars['ID']['input'];
  /** Least seconds between two calls of one ticket */
  recallGapSeconds?: InputMaybe<Scalars['Int']['input']>;
  releaseDaysAhead?: InputMaybe<Scalars['Int']['input']>;
  releaseMode?: InputMaybe<ReleaseMode>;
  releaseTime?: InputMaybe<Scalars['String']['input']>;
};

export type Viewer = Applicant | Officer;

export type WalkInQuota = {
  __typename?: 'WalkInQuota';
  /** Walk-in tickets without a priority group (lane W) allowed per office-local day */
  cap: Scalars['Int']['output'];
  /** Office-local today */
  date: Scalars['Date']['output'];
  /** Walk-in tickets without a priority group issued today */
  issued: Scalars['Int']['output'];
  officeId: Scalars['ID']['output'];
  /** Priority walk-in tickets (lane P, a quota of their own) allowed per office-local day */
  priorityCap: Scalars['Int']['output'];
  /** Priority walk-in tickets issued today */
  priorityIssued: Scalars['Int']['output'];
  priorityRemaining: Scalars['Int']['output'];
  remaining: Scalars['Int']['output'];
};

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string } };

export type MyTicketFieldsFragment = { __typename?: 'Ticket', id: string, number: string, status: TicketStatus, stage: Stage, position?: number | null, estimatedWaitSeconds?: number | null, callCount: number, counter?: { __typename?: 'Counter', id: string, name: string } | null };

export type MyTicketsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTicketsQuery = { __typename?: 'Query', myTickets: Array<{ __typename?: 'Ticket', id: string, number: string, status: TicketStatus, stage: Stage, position?: number | null, estimatedWaitSeconds?: number | null, callCount: number, counter?: { __typename?: 'Counter', id: string, name: string } | null }> };

export type MyTicketsChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyTicketsChangedSubscription = { __typename?: 'Subscription', myTicketsChanged: Array<{ __typename?: 'Ticket', id: string, number: string, status: TicketStatus, stage: Stage, position?: number | null, estimatedWaitSeconds?: number | null, callCount: number, counter?: { __typename?: 'Counter', id: string, name: string } | null }> };

export type ApplicantMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicantMeQuery = { __typename?: 'Query', me?:
    | { __typename: 'Applicant', id: string, fullName: string, emailConfirmed: boolean, familyMembers: Array<{ __typename?: 'FamilyMember', id: string, fullName: string }> }
    | { __typename: 'Officer' }
   | null };

export type MyBookingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBookingsQuery = { __typename?: 'Query', myBookings: Array<{ __typename?: 'Booking', id: string, code: string, status: BookingStatus, service: ServiceKind, priority?: PriorityGroup | null, qrSvg: string, office: { __typename?: 'Office', id: string, name: string, timeZone: string, changeCutoffMinutes: number }, session: { __typename?: 'Session', id: string, startsAt: string, endsAt: string }, familyMember?: { __typename?: 'FamilyMember', id: string, fullName: string } | null }> };

export type RegisterApplicantMutationVariables = Exact<{
  input: RegisterApplicantInput;
}>;


export type RegisterApplicantMutation = { __typename?: 'Mutation', registerApplicant: { __typename?: 'Applicant', id: string } };

export type ConfirmEmailMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ConfirmEmailMutation = { __typename?: 'Mutation', confirmEmail: { __typename?: 'Applicant', id: string, emailConfirmed: boolean } };

export type BookingOfficesQueryVariables = Exact<{ [key: string]: never; }>;


export type BookingOfficesQuery = { __typename?: 'Query', offices: Array<{ __typename?: 'Office', id: string, name: string, timeZone: string }> };

export type AvailabilityQueryVariables = Exact<{
  officeId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  service?: InputMaybe<ServiceKind>;
}>;


export type AvailabilityQuery = { __typename?: 'Query', office?: { __typename?: 'Office', id: string, availability: Array<{ __typename?: 'DayAvailability', date: string, open: boolean, sessions: Array<{ __typename?: 'Session', id: string, startsAt: string, endsAt: string, remaining: number, bookableFrom: string }> }> } | null };

export type BookSessionMutationVariables = Exact<{
  input: BookSessionInput;
}>;


export type BookSessionMutation = { __typename?: 'Mutation', bookSession: { __typename?: 'Booking', id: string, code: string } };

export type CancelBookingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelBookingMutation = { __typename?: 'Mutation', cancelBooking: { __typename?: 'Booking', id: string, status: BookingStatus } };

export type RescheduleBookingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  sessionId: Scalars['ID']['input'];
}>;


export type RescheduleBookingMutation = { __typename?: 'Mutation', rescheduleBooking: { __typename?: 'Booking', id: string, session: { __typename?: 'Session', id: string, startsAt: string, endsAt: string } } };

export type BoardFieldsFragment = { __typename?: 'QueueBoard', officeId: string, date: string, updatedAt: string, nowServing: Array<{ __typename?: 'CounterCall', announcement: string, counter: { __typename?: 'Counter', id: string, name: string, status: CounterStatus }, ticket: { __typename?: 'Ticket', id: string, number: string, stage: Stage, status: TicketStatus, callCount: number, calledAt?: string | null } }>, counters: Array<{ __typename?: 'Counter', id: string, name: string, status: CounterStatus }>, queues: Array<{ __typename?: 'StageQueue', stage: Stage, waiting: number, averageWaitSeconds?: number | null }> };

export type BoardOfficesQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardOfficesQuery = { __typename?: 'Query', offices: Array<{ __typename?: 'Office', id: string, code: string, name: string, timeZone: string }> };

export type BoardQueryVariables = Exact<{
  officeId: Scalars['ID']['input'];
  language?: InputMaybe<Language>;
}>;


export type BoardQuery = { __typename?: 'Query', queueBoard: { __typename?: 'QueueBoard', officeId: string, date: string, updatedAt: string, nowServing: Array<{ __typename?: 'CounterCall', announcement: string, counter: { __typename?: 'Counter', id: string, name: string, status: CounterStatus }, ticket: { __typename?: 'Ticket', id: string, number: string, stage: Stage, status: TicketStatus, callCount: number, calledAt?: string | null } }>, counters: Array<{ __typename?: 'Counter', id: string, name: string, status: CounterStatus }>, queues: Array<{ __typename?: 'StageQueue', stage: Stage, waiting: number, averageWaitSeconds?: number | null }> } };

export type BoardChangedSubscriptionVariables = Exact<{
  officeId: Scalars['ID']['input'];
  language?: InputMaybe<Language>;
}>;


export type BoardChangedSubscription = { __typename?: 'Subscription', queueBoardChanged: { __typename?: 'QueueBoard', officeId: string, date: string, updatedAt: string, nowServing: Array<{ __typename?: 'CounterCall', announcement: string, counter: { __typename?: 'Counter', id: string, name: string, status: CounterStatus }, ticket: { __typename?: 'Ticket', id: string, number: string, stage: Stage, status: TicketStatus, callCount: number, calledAt?: string | null } }>, counters: Array<{ __typename?: 'Counter', id: string, name: string, status: CounterStatus }>, queues: Array<{ __typename?: 'StageQueue', stage: Stage, waiting: number, averageWaitSeconds?: number | null }> } };

export type FollowFieldsFragment = { __typename?: 'TicketFollow', number: string, status: TicketStatus, stage: Stage, position?: number | null, estimatedWaitSeconds?: number | null, counterName?: string | null, officeId: string };

export type FollowQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type FollowQuery = { __typename?: 'Query', followTicket?: { __typename?: 'TicketFollow', number: string, status: TicketStatus, stage: Stage, position?: number | null, estimatedWaitSeconds?: number | null, counterName?: string | null, officeId: string } | null };

export type FollowChangedSubscriptionVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type FollowChangedSubscription = { __typename?: 'Subscription', followTicketChanged: { __typename?: 'TicketFollow', number: string, status: TicketStatus, stage: Stage, position?: number | null, estimatedWaitSeconds?: number | null, counterName?: string | null, officeId: string } };

export type HomeOfficesQueryVariables = Exact<{
  today: Scalars['Date']['input'];
}>;


export type HomeOfficesQuery = { __typename?: 'Query', offices: Array<{ __typename?: 'Office', id: string, code: string, name: string, address?: string | null, timeZone: string, releaseMode: ReleaseMode, releaseDaysAhead: number, releaseTime: string, availability: Array<{ __typename?: 'DayAvailability', date: string, open: boolean, sessions: Array<{ __typename?: 'Session', id: string, startsAt: string, endsAt: string }> }> }> };

export type HomeWaitingQueryVariables = Exact<{
  officeId: Scalars['ID']['input'];
}>;


export type HomeWaitingQuery = { __typename?: 'Query', queueBoard: { __typename?: 'QueueBoard', officeId: string, updatedAt: string, queues: Array<{ __typename?: 'StageQueue', stage: Stage, waiting: number }> } };

export type KioskTicketFieldsFragment = { __typename?: 'Ticket', id: string, number: string, stage: Stage, status: TicketStatus, officeId: string, checkedInAt: string, sessionStartsAt?: string | null, followCode?: string | null };

export type KioskOfficeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KioskOfficeQuery = { __typename?: 'Query', office?: { __typename?: 'Office', id: string, name: string, timeZone: string } | null };

export type KioskCheckInMutationVariables = Exact<{
  input: CheckInInput;
}>;


export type KioskCheckInMutation = { __typename?: 'Mutation', checkIn: { __typename?: 'Ticket', id: string, number: string, stage: Stage, status: TicketStatus, officeId: string, checkedInAt: string, sessionStartsAt?: string | null, followCode?: string | null } };

export type KioskPickupMutationVariables = Exact<{
  officeId: Scalars['ID']['input'];
  bookingCode: Scalars['String']['input'];
}>;


export type KioskPickupMutation = { __typename?: 'Mutation', issuePickupTicket: { __typename?: 'Ticket', id: string, number: string, stage: Stage, status: TicketStatus, officeId: string, checkedInAt: string, sessionStartsAt?: string | null, followCode?: string | null } };

export type OfficerMeQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficerMeQuery = { __typename?: 'Query', me?:
    | { __typename: 'Applicant' }
    | { __typename: 'Officer', id: string, fullName: string, officeId?: string | null, roles: Array<OfficerRole> }
   | null };

export type ConsoleTicketFieldsFragment = { __typename?: 'Ticket', id: string, number: string, status: TicketStatus, stage: Stage, priority?: PriorityGroup | null, holdReason?: string | null, callCount: number };

export type OfficeCountersQueryVariables = Exact<{
  officeId: Scalars['ID']['input'];
}>;


export type OfficeCountersQuery = { __typename?: 'Query', counters: Array<{ __typename?: 'Counter', id: string, name: string, stages: Array<Stage>, open: boolean, status: CounterStatus, pauseReason?: string | null, officer?: { __typename?: 'Officer', id: string } | null, currentTicket?: { __typename?: 'Ticket', id: string, number: string, status: TicketStatus, stage: Stage, priority?: PriorityGroup | null, holdReason?: string | null, callCount: number } | null }> };

export type FloorPulseSubscriptionVariables = Exact<{
  officeId: Scalars['ID']['input'];
}>;


export type FloorPulseSubscription = { __typename?: 'Subscription', officeFloorChanged: { __typename?: 'OfficeFloor', officeId: string, updatedAt: string } };

export type StageTicketsQueryVariables = Exact<{
  officeId: Scalars['ID']['input'];
  stage: Stage;
}>;


export type StageTicketsQuery = { __typename?: 'Query', waiting: Array<{ __typename?: 'Ticket', id: string, number: string, status: TicketStatus, stage: Stage, priority?: PriorityGroup | null, holdReason?: string | null, callCount: number }>, onHold: Array<{ __typename?: 'Ticket', id: string, number: string, status: TicketStatus, stage: Stage, priority?: PriorityGroup | null, holdReason?: string | null, callCount: number }>, missed: Array<{ __typename?: 'Ticket', id: string, number: string, status: TicketStatus, stage: Stage, priority?: PriorityGroup | null, holdReason?: string | null, callCount: number }> };

export type CallTicketMutationVariables = Exact<{
  counterId: Scalars['ID']['input'];
  ticketId: Scalars['ID']['input'];
}>;


export type CallTicketMutation = { __typename?: 'Mutation', callTicket: { __typename?: 'Ticket', id: string, number: string, status: TicketStatus, stage: Stage, priority?: PriorityGroup | null, holdReason?: string | null, callCount: number } };

export type PauseCounterMutationVariables = Exact<{
  counterId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type PauseCounterMutation = { __typename?: 'Mutation', pauseCounter: { __typename?: 'Counter', id: string, status: CounterStatus, pauseReason?: string | null } };

export type ResumeCounterMutationVariables = Exact<{
  counterId: Scalars['ID']['input'];
}>;


export type ResumeCounterMutation = { __typename?: 'Mutation', resumeCounter: { __typename?: 'Counter', id: string, status: CounterStatus, pauseReason?: string | null } };

export type OpenCounterMutationVariables = Exact<{
  counterId: Scalars['ID']['input'];
}>;


export type OpenCounterMutation = { __typename?: 'Mutation', openCounter: { __typename?: 'Counter', id: string, open: boolean } };

export type CloseCounterMutationVariables = Exact<{
  counterId: Scalars['ID']['input'];
}>;


export type CloseCounterMutation = { __typename?: 'Mutation', closeCounter: { __typename?: 'Counter', id: string, open: boolean } };

export type CallNextMutationVariables = Exact<{
  counterId: Scalars['ID']['input'];
}>;


export type CallNextMutation = { __typename?: 'Mutation', callNext?: { __typename?: 'Ticket', id: string, number: string, status: TicketStatus, stage: Stage, priority?: PriorityGroup | null, holdReason?: string | null, callCount: number } | null };

export type RecallMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
}>;


export type RecallMutation = { __typename?: 'Mutation', recall: { __typename?: 'Ticket', id: string, number: string, status: TicketStatus, stage: Stage, priority?: PriorityGroup | null, holdReason?: string | null, callCount: number } };

export type StartServiceMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
}>;


export type StartServiceMutation = { __typename?: 'Mutation', startService: { __typename?: 'Ticket', id: string, number: string, status: TicketStatus, stage: Stage, priority?: PriorityGroup | null, holdReason?: string | null, callCount: number } };

export type CompleteStageMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
}>;


export type CompleteStageMutation = { __typename?: 'Mutation', completeStage: { __typename?: 'Ticket', id: string, number: string, status: TicketStatus, stage: Stage, priority?: PriorityGroup | null, holdReason?: string | null, callCount: number } };

export type MarkNoShowMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
}>;


export type MarkNoShowMutation = { __typename?: 'Mutation', markNoShow: { __typename?: 'Ticket', id: string, number: string, status: TicketStatus, stage: Stage, priority?: PriorityGroup | null, holdReason?: string | null, callCount: number } };

export type HoldTicketMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type HoldTicketMutation = { __typename?: 'Mutation', holdTicket: { __typename?: 'Ticket', id: string, number: string, status: TicketStatus, stage: Stage, priority?: PriorityGroup | null, holdReason?: string | null, callCount: number } };

export type TransferTicketMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  counterId: Scalars['ID']['input'];
}>;


export type TransferTicketMutation = { __typename?: 'Mutation', transferTicket: { __typename?: 'Ticket', id: string, number: string, status: TicketStatus, stage: Stage, priority?: PriorityGroup | null, holdReason?: string | null, callCount: number } };

export type SetTicketPriorityMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  priority?: InputMaybe<PriorityGroup>;
}>;


export type SetTicketPriorityMutation = { __typename?: 'Mutation', setTicketPriority: { __typename?: 'Ticket', id: string, number: string, status: TicketStatus, stage: Stage, priority?: PriorityGroup | null, holdReason?: string | null, callCount: number } };

export type FloorFieldsFragment = { __typename?: 'OfficeFloor', officeId: string, date: string, updatedAt: string, longestWaitSeconds?: number | null, servedToday: number, noShowsToday: number, counters: Array<{ __typename?: 'Counter', id: string, name: string, status: CounterStatus, pauseReason?: string | null, officer?: { __typename?: 'Officer', id: string, fullName: string } | null, currentTicket?: { __typename?: 'Ticket', id: string, number: string, status: TicketStatus } | null }>, queues: Array<{ __typename?: 'StageQueue', stage: Stage, waiting: number, averageWaitSeconds?: number | null }>, onHold: Array<{ __typename?: 'Ticket', id: string, number: string, stage: Stage, holdReason?: string | null }> };

export type SupervisorFloorQueryVariables = Exact<{
  officeId: Scalars['ID']['input'];
}>;


export type SupervisorFloorQuery = { __typename?: 'Query', officeFloor: { __typename?: 'OfficeFloor', officeId: string, date: string, updatedAt: string, longestWaitSeconds?: number | null, servedToday: number, noShowsToday: number, counters: Array<{ __typename?: 'Counter', id: string, name: string, status: CounterStatus, pauseReason?: string | null, officer?: { __typename?: 'Officer', id: string, fullName: string } | null, currentTicket?: { __typename?: 'Ticket', id: string, number: string, status: TicketStatus } | null }>, queues: Array<{ __typename?: 'StageQueue', stage: Stage, waiting: number, averageWaitSeconds?: number | null }>, onHold: Array<{ __typename?: 'Ticket', id: string, number: string, stage: Stage, holdReason?: string | null }> } };

export type SupervisorFloorChangedSubscriptionVariables = Exact<{
  officeId: Scalars['ID']['input'];
}>;


export type SupervisorFloorChangedSubscription = { __typename?: 'Subscription', officeFloorChanged: { __typename?: 'OfficeFloor', officeId: string, date: string, updatedAt: string, longestWaitSeconds?: number | null, servedToday: number, noShowsToday: number, counters: Array<{ __typename?: 'Counter', id: string, name: string, status: CounterStatus, pauseReason?: string | null, officer?: { __typename?: 'Officer', id: string, fullName: string } | null, currentTicket?: { __typename?: 'Ticket', id: string, number: string, status: TicketStatus } | null }>, queues: Array<{ __typename?: 'StageQueue', stage: Stage, waiting: number, averageWaitSeconds?: number | null }>, onHold: Array<{ __typename?: 'Ticket', id: string, number: string, stage: Stage, holdReason?: string | null }> } };

export type SupervisorReportQueryVariables = Exact<{
  officeId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
}>;


export type SupervisorReportQuery = { __typename?: 'Query', dayReport: { __typename?: 'DayReport', officeId: string, date: string, ticketsIssued: number, ticketsDone: number, walkIns: number, byHour: Array<{ __typename?: 'HourFigures', hour: number, stage: Stage, served: number, meanWaitSeconds?: number | null }>, stages: Array<{ __typename?: 'StageReport', stage: Stage, figures: { __typename?: 'ReportFigures', served: number, noShows: number, meanWaitSeconds?: number | null } }>, counters: Array<{ __typename?: 'CounterReport', counter: { __typename?: 'Counter', id: string, name: string }, figures: { __typename?: 'ReportFigures', served: number } }>, officers: Array<{ __typename?: 'OfficerReport', officer: { __typename?: 'Officer', id: string, fullName: string }, figures: { __typename?: 'ReportFigures', served: number } }> } };

export type SupervisorPeopleQueryVariables = Exact<{
  officeId: Scalars['ID']['input'];
}>;


export type SupervisorPeopleQuery = { __typename?: 'Query', officers: Array<{ __typename?: 'Officer', id: string, fullName: string, roles: Array<OfficerRole>, active: boolean }>, devices: Array<{ __typename?: 'Device', id: string, kind: DeviceKind, name: string, revokedAt?: string | null }>, walkInQuota: { __typename?: 'WalkInQuota', officeId: string, cap: number, issued: number, priorityCap: number, priorityIssued: number } };

export type RegisterDeviceMutationVariables = Exact<{
  input: RegisterDeviceInput;
}>;


export type RegisterDeviceMutation = { __typename?: 'Mutation', registerDevice: { __typename?: 'DeviceRegistration', device: { __typename?: 'Device', id: string, kind: DeviceKind, name: string }, credentials: { __typename?: 'AuthPayload', refreshToken: string } } };

export type SetWalkInCapMutationVariables = Exact<{
  officeId: Scalars['ID']['input'];
  cap?: InputMaybe<Scalars['Int']['input']>;
  priorityCap?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SetWalkInCapMutation = { __typename?: 'Mutation', setWalkInCap: { __typename?: 'WalkInQuota', officeId: string, cap: number, issued: number, priorityCap: number, priorityIssued: number } };

export type IssueWalkInMutationVariables = Exact<{
  officeId: Scalars['ID']['input'];
  priority?: InputMaybe<PriorityGroup>;
}>;


export type IssueWalkInMutation = { __typename?: 'Mutation', issueWalkInTicket: { __typename?: 'Ticket', id: string, number: string } };

export type IssuePickupMutationVariables = Exact<{
  officeId: Scalars['ID']['input'];
  bookingCode: Scalars['String']['input'];
}>;


export type IssuePickupMutation = { __typename?: 'Mutation', issuePickupTicket: { __typename?: 'Ticket', id: string, number: string } };

export type ExpectedArrivalsQueryVariables = Exact<{
  officeId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
}>;


export type ExpectedArrivalsQuery = { __typename?: 'Query', expectedArrivals: Array<{ __typename?: 'SessionArrivals', session: { __typename?: 'Session', id: string, startsAt: string, endsAt: string, capacity: number, cancelReason?: string | null }, bookings: Array<{ __typename?: 'Booking', id: string, code: string, status: BookingStatus }> }> };

export type CancelSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CancelSessionMutation = { __typename?: 'Mutation', cancelSession: { __typename?: 'Session', id: string, cancelReason?: string | null } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string } };

export const MyTicketFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}},{"kind":"Field","name":{"kind":"Name","value":"counter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyTicketFieldsFragment, unknown>;
export const BoardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nowServing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"announcement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"counters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"averageWaitSeconds"}}]}}]}}]} as unknown as DocumentNode<BoardFieldsFragment, unknown>;
export const FollowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFollow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}}]}}]} as unknown as DocumentNode<FollowFieldsFragment, unknown>;
export const KioskTicketFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessionStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"followCode"}}]}}]} as unknown as DocumentNode<KioskTicketFieldsFragment, unknown>;
export const ConsoleTicketFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}}]}}]} as unknown as DocumentNode<ConsoleTicketFieldsFragment, unknown>;
export const FloorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FloorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfficeFloor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"counters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"officer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTicket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"averageWaitSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onHold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"servedToday"}},{"kind":"Field","name":{"kind":"Name","value":"noShowsToday"}}]}}]} as unknown as DocumentNode<FloorFieldsFragment, unknown>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const MyTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyTicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}},{"kind":"Field","name":{"kind":"Name","value":"counter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyTicketsQuery, MyTicketsQueryVariables>;
export const MyTicketsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyTicketsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTicketsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyTicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}},{"kind":"Field","name":{"kind":"Name","value":"counter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyTicketsChangedSubscription, MyTicketsChangedSubscriptionVariables>;
export const ApplicantMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicantMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Applicant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"emailConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"familyMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplicantMeQuery, ApplicantMeQueryVariables>;
export const MyBookingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"qrSvg"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"changeCutoffMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<MyBookingsQuery, MyBookingsQueryVariables>;
export const RegisterApplicantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterApplicant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterApplicantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerApplicant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterApplicantMutation, RegisterApplicantMutationVariables>;
export const ConfirmEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailConfirmed"}}]}}]}}]} as unknown as DocumentNode<ConfirmEmailMutation, ConfirmEmailMutationVariables>;
export const BookingOfficesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingOffices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<BookingOfficesQuery, BookingOfficesQueryVariables>;
export const AvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Availability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"bookableFrom"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AvailabilityQuery, AvailabilityQueryVariables>;
export const BookSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<BookSessionMutation, BookSessionMutationVariables>;
export const CancelBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelBookingMutation, CancelBookingMutationVariables>;
export const RescheduleBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]} as unknown as DocumentNode<RescheduleBookingMutation, RescheduleBookingMutationVariables>;
export const BoardOfficesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardOffices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<BoardOfficesQuery, BoardOfficesQueryVariables>;
export const BoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Board"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nowServing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"announcement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"counters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"averageWaitSeconds"}}]}}]}}]} as unknown as DocumentNode<BoardQuery, BoardQueryVariables>;
export const BoardChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BoardChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueBoardChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nowServing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"announcement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"counters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"averageWaitSeconds"}}]}}]}}]} as unknown as DocumentNode<BoardChangedSubscription, BoardChangedSubscriptionVariables>;
export const FollowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Follow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFollow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}}]}}]} as unknown as DocumentNode<FollowQuery, FollowQueryVariables>;
export const FollowChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FollowChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followTicketChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFollow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}}]}}]} as unknown as DocumentNode<FollowChangedSubscription, FollowChangedSubscriptionVariables>;
export const HomeOfficesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeOffices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"today"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"releaseMode"}},{"kind":"Field","name":{"kind":"Name","value":"releaseDaysAhead"}},{"kind":"Field","name":{"kind":"Name","value":"releaseTime"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"today"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"today"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeOfficesQuery, HomeOfficesQueryVariables>;
export const HomeWaitingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeWaiting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}}]}}]}}]}}]} as unknown as DocumentNode<HomeWaitingQuery, HomeWaitingQueryVariables>;
export const KioskOfficeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskOffice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<KioskOfficeQuery, KioskOfficeQueryVariables>;
export const KioskCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KioskTicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessionStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"followCode"}}]}}]} as unknown as DocumentNode<KioskCheckInMutation, KioskCheckInMutationVariables>;
export const KioskPickupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskPickup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookingCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuePickupTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"bookingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookingCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KioskTicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessionStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"followCode"}}]}}]} as unknown as DocumentNode<KioskPickupMutation, KioskPickupMutationVariables>;
export const OfficerMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Officer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<OfficerMeQuery, OfficerMeQueryVariables>;
export const OfficeCountersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeCounters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"officer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTicket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleTicketFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}}]}}]} as unknown as DocumentNode<OfficeCountersQuery, OfficeCountersQueryVariables>;
export const FloorPulseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FloorPulse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeFloorChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<FloorPulseSubscription, FloorPulseSubscriptionVariables>;
export const StageTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StageTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Stage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"waiting"},"name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"WAITING"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleTicketFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"onHold"},"name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ON_HOLD"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleTicketFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"missed"},"name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NO_SHOW"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleTicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}}]}}]} as unknown as DocumentNode<StageTicketsQuery, StageTicketsQueryVariables>;
export const CallTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CallTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"counterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"counterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"counterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleTicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}}]}}]} as unknown as DocumentNode<CallTicketMutation, CallTicketMutationVariables>;
export const PauseCounterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseCounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"counterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseCounter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"counterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"counterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}}]}}]}}]} as unknown as DocumentNode<PauseCounterMutation, PauseCounterMutationVariables>;
export const ResumeCounterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeCounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"counterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeCounter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"counterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"counterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}}]}}]}}]} as unknown as DocumentNode<ResumeCounterMutation, ResumeCounterMutationVariables>;
export const OpenCounterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"counterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCounter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"counterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"counterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]} as unknown as DocumentNode<OpenCounterMutation, OpenCounterMutationVariables>;
export const CloseCounterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"counterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCounter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"counterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"counterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]} as unknown as DocumentNode<CloseCounterMutation, CloseCounterMutationVariables>;
export const CallNextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CallNext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"counterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callNext"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"counterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"counterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleTicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}}]}}]} as unknown as DocumentNode<CallNextMutation, CallNextMutationVariables>;
export const RecallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Recall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleTicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}}]}}]} as unknown as DocumentNode<RecallMutation, RecallMutationVariables>;
export const StartServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleTicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}}]}}]} as unknown as DocumentNode<StartServiceMutation, StartServiceMutationVariables>;
export const CompleteStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleTicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}}]}}]} as unknown as DocumentNode<CompleteStageMutation, CompleteStageMutationVariables>;
export const MarkNoShowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNoShow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNoShow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleTicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}}]}}]} as unknown as DocumentNode<MarkNoShowMutation, MarkNoShowMutationVariables>;
export const HoldTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HoldTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleTicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}}]}}]} as unknown as DocumentNode<HoldTicketMutation, HoldTicketMutationVariables>;
export const TransferTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"counterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"counterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"counterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleTicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}}]}}]} as unknown as DocumentNode<TransferTicketMutation, TransferTicketMutationVariables>;
export const SetTicketPriorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTicketPriority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priority"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityGroup"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketPriority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"priority"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priority"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleTicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}}]}}]} as unknown as DocumentNode<SetTicketPriorityMutation, SetTicketPriorityMutationVariables>;
export const SupervisorFloorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisorFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FloorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FloorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfficeFloor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"counters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"officer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTicket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"averageWaitSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onHold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"servedToday"}},{"kind":"Field","name":{"kind":"Name","value":"noShowsToday"}}]}}]} as unknown as DocumentNode<SupervisorFloorQuery, SupervisorFloorQueryVariables>;
export const SupervisorFloorChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SupervisorFloorChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeFloorChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FloorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FloorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfficeFloor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"counters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"officer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTicket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"averageWaitSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onHold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"servedToday"}},{"kind":"Field","name":{"kind":"Name","value":"noShowsToday"}}]}}]} as unknown as DocumentNode<SupervisorFloorChangedSubscription, SupervisorFloorChangedSubscriptionVariables>;
export const SupervisorReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisorReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsDone"}},{"kind":"Field","name":{"kind":"Name","value":"walkIns"}},{"kind":"Field","name":{"kind":"Name","value":"byHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"served"}},{"kind":"Field","name":{"kind":"Name","value":"meanWaitSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"served"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}},{"kind":"Field","name":{"kind":"Name","value":"meanWaitSeconds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"counters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"served"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"officers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"served"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupervisorReportQuery, SupervisorReportQueryVariables>;
export const SupervisorPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisorPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"walkInQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"priorityCap"}},{"kind":"Field","name":{"kind":"Name","value":"priorityIssued"}}]}}]}}]} as unknown as DocumentNode<SupervisorPeopleQuery, SupervisorPeopleQueryVariables>;
export const RegisterDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterDeviceMutation, RegisterDeviceMutationVariables>;
export const SetWalkInCapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWalkInCap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cap"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priorityCap"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWalkInCap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"cap"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cap"}}},{"kind":"Argument","name":{"kind":"Name","value":"priorityCap"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priorityCap"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"priorityCap"}},{"kind":"Field","name":{"kind":"Name","value":"priorityIssued"}}]}}]}}]} as unknown as DocumentNode<SetWalkInCapMutation, SetWalkInCapMutationVariables>;
export const IssueWalkInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueWalkIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priority"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityGroup"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueWalkInTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"priority"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priority"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<IssueWalkInMutation, IssueWalkInMutationVariables>;
export const IssuePickupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssuePickup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookingCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuePickupTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"bookingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookingCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<IssuePickupMutation, IssuePickupMutationVariables>;
export const ExpectedArrivalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpectedArrivals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedArrivals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ExpectedArrivalsQuery, ExpectedArrivalsQueryVariables>;
export const CancelSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]}}]} as unknown as DocumentNode<CancelSessionMutation, CancelSessionMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;