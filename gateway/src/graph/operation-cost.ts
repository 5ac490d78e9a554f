import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, getNullableType, GraphQLError, GraphQLSchema, isListType } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { GatewayConfig } from '../config/gateway.config';
import { DEFAULT_LANGUAGE, Language, translate } from '@antrian/messages';

export type CostLimits = Pick<GatewayConfig, 'MAX_COST' | 'COST_OFFICES' | 'COST_SESSIONS_PER_DAY' | 'COST_LIST_SIZE'>;

/** The most days one `availability` field may ask for (scheduling refuses more). */
const MAX_AVAILABILITY_DAYS = 62;
const DAY_MS = 24 * 3600_000;

/** Days from `from` to `to`, both included; the most a valid request can ask for when they are not dates. */
export function availabilityDays(from: unknown, to: unknown): number {
  const start = typeof from === 'string' ? Date.parse(`${from}T00:00:00Z`) : NaN;
  const end = typeof to === 'string' ? Date.parse(`${to}T00:00:00Z`) : NaN;
  if (Number.isNaN(start) || Number.isNaN(end)) return MAX_AVAILABILITY_DAYS;
  return Math.min(Math.max(Math.round((end - start) / DAY_MS) + 1, 1), MAX_AVAILABILITY_DAYS);
}

/**
 * A list field costs its expected size times what each item costs, so that nesting multiplies:
 * `offices { availability(from, to) { sessions { … } } }` costs offices × days × sessions per
 * day × the session's fields. Offices and sessions per day are settings; `availability` counts
 * the days asked for; any other list its setting's size. Introspection is free: the gateway
 * answers it from memory (and refuses it in production).
 */
export function listSizeEstimator(limits: CostLimits): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (type.name.startsWith('__')) return 0;
    if (!isListType(getNullableType(field.type))) return undefined;
    let size = limits.COST_LIST_SIZE;
    if (type.name === 'Query' && field.name === 'offices') size = limits.COST_OFFICES;
    else if (type.name === 'Office' && field.name === 'availability') size = availabilityDays(args.from, args.to);
    else if (type.name === 'DayAvailability' && field.name === 'sessions') size = limits.COST_SESSIONS_PER_DAY;
    return 1 + size * Math.max(childComplexity, 1);
  };
}

/** Measures operations against MAX_COST; HTTP operations and subscriptions alike. */
export class OperationCost {
  private readonly estimators: ComplexityEstimator[];

  constructor(private readonly limits: CostLimits) {
    this.estimators = [listSizeEstimator(limits), simpleEstimator({ defaultComplexity: 1 })];
  }

  /** The operation's cost; undefined when its variables do not fit (execution reports that). */
  measure(
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName?: string | null,
  ): number | undefined {
    try {
      return getComplexity({
        schema,
        query: document,
        variables: variables ?? {},
        operationName: operationName ?? undefined,
        estimators: this.estimators,
      });
    } catch (error) {
      if (error instanceof GraphQLError) return undefined;
      throw error;
    }
  }

  /** A refusal when the operation costs more than the limit, else undefined. */
  check(
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName?: string | null,
    language: Language = DEFAULT_LANGUAGE,
  ): GraphQLError | undefined {
    const cost = this.measure(schema, document, variables, operationName);
    if (cost === undefined || cost <= this.limits.MAX_COST) return undefined;
    return new GraphQLError(translate(language, 'gateway.tooCostly', { cost, limit: this.limits.MAX_COST }), {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost: this.limits.MAX_COST },
    });
  }

  /** Refuses costly HTTP operations once their variables are known, before anything runs. */
  plugin<TContext extends { language?: Language }>(): ApolloServerPlugin<TContext> {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ request, document, schema, operationName, contextValue }) => {
          const refusal = this.check(schema, document, request.variables, operationName, contextValue.language);
          if (refusal) {
            throw new GraphQLError(refusal.message, { extensions: { ...refusal.extensions, http: { status: 400 } } });
          }
        },
      }),
    };
  }
}
