import { ApolloFederationDriver, ApolloFederationDriverConfig } from '@nestjs/apollo';
import {
  DynamicModule,
  Inject,
  Injectable,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { DataSource } from 'typeorm';
import { IDENTITY_HEADER_TTL_SECONDS, IdentityHeaderVerifier } from '@antrian/auth';
import { Logger } from '@antrian/logging';
import { graphqlMetricsPlugin } from '@antrian/observability';
import { DateScalar } from './date.scalar';
import { DomainError } from './domain-error';
import { GraphQLErrorPassThroughFilter } from './graphql-error.filter';
import { formatSubgraphError } from './format-error';
import { inputGuardPlugin, invalidFields } from './input-guard';
import { localizedErrorsPlugin } from './localized-errors';
import { createRequestContext } from './request-context';
import { PeriodicTask } from './periodic-task';
import { safeErrorForLog } from './safe-error';
import { UsedIdentityHeaderRepository } from './used-identity-header.repository';
import { BatchingReplayGuard } from './batching-replay-guard';

export interface SubgraphGraphQLOptions {
  /** The subgraph's name in the supergraph: the audience of the identity headers it accepts. */
  name: string;
  /** The gateway's Ed25519 public key (PEM), which verifies the identity header. */
  gatewayPublicKey: string;
  /** The gateway's own depth and alias limits, kept for clients that reach the subgraph directly. */
  maxDepth: number;
  maxAliases: number;
  production: boolean;
  logger: Logger;
  /** Build the schema only: no database, so no pruning of used identity headers. */
  schemaOnly: boolean;
}

const OPTIONS = Symbol('SUBGRAPH_GRAPHQL_OPTIONS');
/** The subgraph's name (see SubgraphGraphQLOptions.name), for whoever holds the app. */
export const SUBGRAPH_NAME = Symbol('SUBGRAPH_NAME');

/** Forgets used identity headers once they have expired, on every replica (the deletes are idempotent). */
@Injectable()
class UsedIdentityHeaderPruning implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly task: PeriodicTask;

  constructor(dataSource: DataSource, @Inject(OPTIONS) options: SubgraphGraphQLOptions) {
    const repository = new UsedIdentityHeaderRepository(dataSource);
    this.task = new PeriodicTask('pruning used identity headers', () => repository.pruneExpired(), options.logger);
  }

  onApplicationBootstrap(): void {
    this.task.start(IDENTITY_HEADER_TTL_SECONDS * 2);
  }

  onApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }
}

/**
 * The rules the gateway applies to every operation, applied again here: depth (fragments
 * flattened) and aliases, and no field suggestions that would reveal the schema. The gateway's
 * own fetches pass them: an entity fetch is no deeper than the client's operation, and carries
 * at most its aliases. Cost is the gateway's alone: it knows the whole operation.
 */
export function subgraphArmor(options: Pick<SubgraphGraphQLOptions, 'maxDepth' | 'maxAliases'>) {
  return new ApolloArmor({
    maxDepth: { n: options.maxDepth, flattenFragments: true },
    maxAliases: { n: options.maxAliases },
    blockFieldSuggestion: { enabled: true },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    maxDirectives: { enabled: false },
  }).protect();
}

function describeValidationErrors(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = `${prefix}${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => `${path}: ${message}`);
    return own.concat(describeValidationErrors(error.children ?? [], `${path}.`));
  });
}

/** class-validator failures become `BAD_USER_INPUT` with one line per broken field. */
export const inputValidationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: (errors: ValidationError[]) => {
    const problems = describeValidationErrors(errors);
    return new DomainError('BAD_USER_INPUT', invalidFields(errors.map((error) => error.property)), { problems });
  },
});

/**
 * The GraphQL set-up every subgraph shares: Federation 2 code-first schema, identity from the
 * gateway's signed header, contract error codes only, ids and strings checked before any resolver
 * runs (`inputGuardPlugin`), no inline tracing and no cache-control hints (they cost throughput).
 */
@Module({})
export class SubgraphGraphQLModule {
  static forRoot(options: SubgraphGraphQLOptions): DynamicModule {
    const armor = subgraphArmor(options);
    const verifier = new IdentityHeaderVerifier(options.gatewayPublicKey, options.name);
    return {
      module: SubgraphGraphQLModule,
      imports: [
        GraphQLModule.forRootAsync<ApolloFederationDriverConfig>({
          driver: ApolloFederationDriver,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => {
            const replayGuard = new BatchingReplayGuard(new UsedIdentityHeaderRepository(dataSource));
            return {
              autoSchemaFile: { federation: 2 },
              sortSchema: true,
              buildSchemaOptions: { dateScalarMode: 'isoDate' },
              resolvers: { Date: DateScalar },
              playground: false,
              introspection: !options.production,
              includeStacktraceInErrorResponses: false,
              validationRules: armor.validationRules,
              plugins: [
                ApolloServerPluginInlineTraceDisabled(),
                // No field has a cache hint and nothing caches responses; left on, it hooks every
                // field of every request (and makes Apollo wrap every resolver to call it).
                ApolloServerPluginCacheControlDisabled(),
                graphqlMetricsPlugin(),
                inputGuardPlugin(),
                localizedErrorsPlugin(),
                ...armor.plugins,
              ],
              context: ({ req }: { req: { headers: Record<string, string | string[] | undefined> } }) =>
                createRequestContext(req.headers, verifier, replayGuard),
              formatError: (formatted, original) =>
                formatSubgraphError(formatted, original, (error) =>
                  options.logger.error({ error: safeErrorForLog(error) }, 'unhandled error in a resolver'),
                ),
            };
          },
        }),
      ],
      providers: [
        { provide: OPTIONS, useValue: options },
        { provide: SUBGRAPH_NAME, useValue: options.name },
        { provide: APP_PIPE, useValue: inputValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLErrorPassThroughFilter },
        ...(options.schemaOnly ? [] : [UsedIdentityHeaderPruning]),
      ],
    };
  }
}
