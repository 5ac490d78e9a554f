import { getNamedType, GraphQLField, GraphQLSchema, isNonNullType } from 'graphql';
import { Identity } from '@antrian/auth';
import { liveSubjects } from '@antrian/contracts';

export type LiveArgs = Readonly<Record<string, unknown>>;

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
  /**
   * `public`: resolved anonymously, one result shared by every subscriber of the same selection.
   * `per-identity`: resolved with each subscriber's identity, shared only among her own subscriptions.
   */
  visibility: 'public' | 'per-identity';
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
];

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
    bound.set(liveField.subscription, { liveField, subscriptionField });
  }
  return bound;
}
