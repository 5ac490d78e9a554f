import { getNamedType, GraphQLError, GraphQLField, GraphQLSchema, isNonNullType } from 'graphql';
import { Identity } from '@antrian/auth';
import { isFollowCodeShaped, liveSubjects } from '@antrian/contracts';

export type LiveArgs = Readonly<Record<string, unknown>>;

/**
 * Who shares an execution. `public`: resolved anonymously, one result shared by every subscriber
 * of the same selection. `per-identity`: resolved with each subscriber's identity, shared only
 * among her own subscriptions. `office-officers`: officers of one office (any role) or an ADMIN,
 * judged per subscriber when she subscribes; resolved as the office's audience (see
 * office-audience.ts), one result shared by all of them with the same selection.
 */
export type LiveVisibility = 'public' | 'per-identity' | 'office-officers';

/**
 * A subscription field, served by re-running the query field of the same type whenever a live
 * message arrives on its subject. Subgraphs need no subscription resolvers of their own.
 */
export interface LiveField {
  /** The field of `Subscription`, e.g. `ticketChanged`. */
  subscription: string;
  /** The field of `Query` that resolves each payload, e.g. `ticket`. */
  query: string;
  /** Subscription argument to query argument, where their names differ, e.g. `{ ticketId: 'id' }`. */
  args?: Record<string, string>;
  /** The live subject whose messages mean "this changed, resolve it again". */
  subject(args: LiveArgs, identity: Identity | null): string;
  visibility: LiveVisibility;
  /** `office-officers` only: the office whose officers may subscribe. */
  office?(args: LiveArgs): string;
  /** Anonymous subscribers are turned away before anything is resolved. */
  requiresIdentity?: boolean;
}

export const DEFAULT_LIVE_FIELDS: readonly LiveField[] = [
  {
    subscription: 'queueBoardChanged',
    query: 'queueBoard',
    subject: (args) => liveSubjects.queueBoard(String(args.officeId)),
    visibility: 'public',
  },
  {
    subscription: 'ticketChanged',
    query: 'ticket',
    args: { ticketId: 'id' },
    subject: (args) => liveSubjects.ticket(String(args.ticketId)),
    visibility: 'per-identity',
  },
  {
    subscription: 'viewerChanged',
    query: 'me',
    // `requiresIdentity` turns anonymous subscribers away before a subject is asked for.
    subject: (_args, identity) => liveSubjects.viewer(identity?.sub ?? ''),
    visibility: 'per-identity',
    requiresIdentity: true,
  },
  {
    subscription: 'officeFloorChanged',
    query: 'officeFloor',
    subject: (args) => liveSubjects.officeFloor(String(args.officeId)),
    visibility: 'office-officers',
    office: (args) => String(args.officeId),
    requiresIdentity: true,
  },
  {
    subscription: 'myTicketsChanged',
    query: 'myTickets',
    subject: (_args, identity) => liveSubjects.applicantTickets(identity?.sub ?? ''),
    visibility: 'per-identity',
    requiresIdentity: true,
  },
  {
    subscription: 'followTicketChanged',
    query: 'followTicket',
    subject: (args) => liveSubjects.followedTicket(followCodeToken(args.code)),
    visibility: 'public',
  },
];

/** A code that could not end a live subject is refused before anything is resolved. */
export function followCodeToken(code: unknown): string {
  if (!isFollowCodeShaped(code)) {
    throw new GraphQLError('This is not a ticket’s follow code', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return code;
}

export interface BoundLiveField {
  liveField: LiveField;
  subscriptionField: GraphQLField<unknown, unknown>;
}

/**
 * The registry entries this schema can serve, by subscription field name. Entries for fields the
 * supergraph does not have (yet) are left out; an entry whose query does not fit its
 * subscription is a build mistake and stops the gateway at start-up.
 */
export function bindLiveFields(
  schema: GraphQLSchema,
  liveFields: readonly LiveField[],
): ReadonlyMap<string, BoundLiveField> {
  const bound = new Map<string, BoundLiveField>();
  const subscriptionFields = schema.getSubscriptionType()?.getFields() ?? {};
  const queryFields = schema.getQueryType()?.getFields() ?? {};
  for (const liveField of liveFields) {
    const subscriptionField = subscriptionFields[liveField.subscription];
    if (!subscriptionField) continue;
    const queryField = queryFields[liveField.query];
    const where = `Live field Subscription.${liveField.subscription} -> Query.${liveField.query}`;
    if (!queryField) throw new Error(`${where}: the schema has no such query field`);
    if (getNamedType(queryField.type) !== getNamedType(subscriptionField.type)) {
      throw new Error(`${where}: the two fields return different types`);
    }
    const passed = subscriptionField.args.map((arg) => liveField.args?.[arg.name] ?? arg.name);
    const unknown = passed.filter((name) => !queryField.args.some((arg) => arg.name === name));
    const missing = queryField.args.filter(
      (arg) => isNonNullType(arg.type) && arg.defaultValue === undefined && !passed.includes(arg.name),
    );
    if (unknown.length > 0) throw new Error(`${where}: the query has no argument ${unknown.join(', ')}`);
    if (missing.length > 0) {
      throw new Error(`${where}: nothing supplies the query argument ${missing.map((arg) => arg.name).join(', ')}`);
    }
    if (liveField.visibility === 'office-officers' && !liveField.office) {
      throw new Error(`${where}: an office-officers field must say which office it concerns`);
    }
    bound.set(liveField.subscription, { liveField, subscriptionField });
  }
  return bound;
}
