import {
  DocumentNode,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  GraphQLSchema,
  isNonNullType,
  Kind,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  ValidationRule,
} from 'graphql';
import { DEFAULT_LANGUAGE, Language, localize, LocalizedMessage, message } from '@antrian/messages';
import { Identity } from '@antrian/auth';
import { localizedLimitError } from '../graph/localized-errors';
import { OperationCost } from '../graph/operation-cost';
import { BoundLiveField, LiveArgs, LiveField } from './live-fields';
import { LiveProjection, normaliseLiveQuery } from './live-query.normalise';
import { rewriteAsLiveQuery } from './live-query.rewrite';
import { officeAudienceIdentity, officeAudienceVerdict } from './office-audience';

/** What a graphql-ws client sends in its `subscribe` message. */
export interface LiveSubscribeRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** A subscription turned into the query that resolves its payloads. */
export interface LiveQuery {
  /** Live messages on this subject make the query run again. */
  subject: string;
  /** Subscribers with equal keys share each execution of the query. */
  groupKey: string;
  /** The normalised selection (see normaliseLiveQuery), its variables inlined. */
  query: string;
  variables: Record<string, unknown>;
  /** Whom the query runs as: null (anonymous) for public fields. */
  identity: Identity | null;
  /** The language its payloads are told in (announcements, errors): part of the group key. */
  language: Language;
  /** From a shared result to this subscriber's own selection (her aliases, her fragments). */
  projection: LiveProjection;
  /**
   * The subscription field is non-null where its query is nullable (`followTicketChanged` ↔
   * `followTicket`): a first result of null means there is nothing to follow (NOT_FOUND).
   */
  nullIsNotFound?: boolean;
}

export type LivePlan = { document: DocumentNode; liveQuery: LiveQuery } | { errors: readonly GraphQLError[] };

export interface LiveQueryPlannerOptions {
  schema: GraphQLSchema;
  liveFields: ReadonlyMap<string, BoundLiveField>;
  /** The same limits HTTP operations get (depth, aliases, directives). */
  validationRules: readonly ValidationRule[];
  /** The same cost limit as HTTP operations, measured with the subscriber's variables. */
  cost?: OperationCost;
  maxTokens: number;
}

function withCode(error: GraphQLError, code: string, message = error.message): GraphQLError {
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}

function refusal(said: LocalizedMessage, code: string, language: Language): { errors: readonly GraphQLError[] } {
  return { errors: [new GraphQLError(localize(said, language), { extensions: { code } })] };
}

/**
 * Callers may share results only when they would see the same thing: everyone for public fields,
 * otherwise the same principal with the same claims.
 */
function visibilityKey(identity: Identity | null): string {
  if (!identity) return 'anonymous';
  return JSON.stringify([
    identity.sub,
    identity.kind,
    [...identity.roles].sort(),
    identity.officeId,
    identity.deviceKind,
  ]);
}

/** Whom the shared executions run as, and who shares them; a refusal when the subscriber may not watch. */
function audienceOf(
  liveField: LiveField,
  args: LiveArgs,
  identity: Identity | null,
  language: Language,
): { runAs: Identity | null; audience: string } | { errors: readonly GraphQLError[] } {
  switch (liveField.visibility) {
    case 'public':
      return { runAs: null, audience: 'public' };
    case 'per-identity':
      return { runAs: identity, audience: visibilityKey(identity) };
    case 'office-officers': {
      const officeId = liveField.office!(args);
      const verdict = officeAudienceVerdict(identity, officeId);
      if (verdict === 'UNAUTHENTICATED') {
        return refusal(message('gateway.signInToSubscribe', { field: liveField.subscription }), verdict, language);
      }
      if (verdict === 'FORBIDDEN') {
        return refusal(message('gateway.officersOfTheOfficeOnly'), verdict, language);
      }
      return { runAs: officeAudienceIdentity(officeId), audience: JSON.stringify(['office-officers', officeId]) };
    }
  }
}

/**
 * Checks a subscription the way HTTP operations are checked (token limit, schema, armor rules),
 * then plans it as a live query. Errors carry the codes Apollo Server gives the same mistakes.
 */
export class LiveQueryPlanner {
  constructor(private readonly options: LiveQueryPlannerOptions) {}

  plan(request: LiveSubscribeRequest, identity: Identity | null, language: Language = DEFAULT_LANGUAGE): LivePlan {
    const { schema, liveFields, validationRules, maxTokens } = this.options;
    let document: DocumentNode;
    try {
      document = parse(request.query, { maxTokens });
    } catch (error) {
      if (error instanceof GraphQLError) {
        return { errors: [localizedLimitError(withCode(error, 'GRAPHQL_PARSE_FAILED'), language)] };
      }
      throw error;
    }
    const invalid = validate(schema, document, [...specifiedRules, ...validationRules]);
    if (invalid.length > 0) {
      // As over HTTP (graphql-armor), field suggestions would reveal the schema bit by bit.
      const hidden = (error: GraphQLError) => error.message.replace(/Did you mean ".+"/g, '[Suggestion hidden]');
      return {
        errors: invalid.map((error) =>
          localizedLimitError(withCode(error, 'GRAPHQL_VALIDATION_FAILED', hidden(error)), language),
        ),
      };
    }

    const operation = getOperationAST(document, request.operationName);
    if (!operation) return refusal(message('gateway.nameTheOperation'), 'BAD_REQUEST', language);
    if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
      return refusal(message('gateway.subscriptionsOnly'), 'BAD_REQUEST', language);
    }
    const root = operation.selectionSet.selections[0];
    if (root?.kind !== Kind.FIELD) {
      return refusal(message('gateway.selectFieldDirectly'), 'BAD_REQUEST', language);
    }
    const bound = liveFields.get(root.name.value);
    if (!bound) {
      return refusal(message('gateway.notServed', { field: root.name.value }), 'INTERNAL_SERVER_ERROR', language);
    }
    const { liveField, subscriptionField } = bound;
    if (liveField.requiresIdentity && !identity) {
      return refusal(
        message('gateway.signInToSubscribe', { field: liveField.subscription }),
        'UNAUTHENTICATED',
        language,
      );
    }

    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
    if (variables.errors) return { errors: variables.errors.map((error) => withCode(error, 'BAD_USER_INPUT')) };
    const tooCostly = this.options.cost?.check(schema, document, variables.coerced, request.operationName, language);
    if (tooCostly) return { errors: [tooCostly] };
    let subject: string;
    let args: LiveArgs;
    try {
      args = getArgumentValues(subscriptionField, root, variables.coerced);
      subject = liveField.subject(args, identity);
    } catch (error) {
      // e.g. null for a non-null argument, through a nullable variable that has a default
      if (error instanceof GraphQLError) return { errors: [withCode(error, 'BAD_USER_INPUT')] };
      throw error;
    }

    const rewritten = rewriteAsLiveQuery(document, operation, root, liveField);
    const rewrittenOperation = getOperationAST(rewritten, request.operationName);
    if (!rewrittenOperation) throw new Error('The rewritten live query lost its operation');
    const { query, projection } = normaliseLiveQuery(schema, rewritten, rewrittenOperation, variables.coerced);
    const shared = audienceOf(liveField, args, identity, language);
    if ('errors' in shared) return shared;
    // Subscribers share results per language: a payload may hold sentences (announcements).
    const groupKey = JSON.stringify([subject, shared.audience, language, query]);
    const queryField = schema.getQueryType()?.getFields()[liveField.query];
    const nullIsNotFound = isNonNullType(subscriptionField.type) && !isNonNullType(queryField?.type);
    return {
      document,
      liveQuery: {
        subject,
        groupKey,
        query,
        variables: {},
        identity: shared.runAs,
        language,
        projection,
        nullIsNotFound,
      },
    };
  }
}
