import { ApolloFederationDriver, ApolloFederationDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, ValidationError, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { Logger } from '@antrian/logging';
import { DateScalar } from './date.scalar';
import { DomainError } from './domain-error';
import { GraphQLErrorPassThroughFilter } from './graphql-error.filter';
import { formatSubgraphError } from './format-error';
import { inputGuardPlugin } from './input-guard';
import { createRequestContext } from './request-context';
import { safeErrorForLog } from './safe-error';

export interface SubgraphGraphQLOptions {
  gatewaySecret: string;
  production: boolean;
  logger: Logger;
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
    return new DomainError('BAD_USER_INPUT', `Invalid input: ${problems.join('; ')}`, { problems });
  },
});

/**
 * The GraphQL set-up every subgraph shares: Federation 2 code-first schema, identity from the
 * gateway's signed header, contract error codes only, ids and strings checked before any resolver
 * runs (`inputGuardPlugin`), no inline tracing (it costs throughput).
 */
@Module({})
export class SubgraphGraphQLModule {
  static forRoot(options: SubgraphGraphQLOptions): DynamicModule {
    return {
      module: SubgraphGraphQLModule,
      imports: [
        GraphQLModule.forRoot<ApolloFederationDriverConfig>({
          driver: ApolloFederationDriver,
          autoSchemaFile: { federation: 2 },
          sortSchema: true,
          buildSchemaOptions: { dateScalarMode: 'isoDate' },
          resolvers: { Date: DateScalar },
          playground: false,
          introspection: !options.production,
          includeStacktraceInErrorResponses: false,
          plugins: [ApolloServerPluginInlineTraceDisabled(), inputGuardPlugin()],
          context: ({ req }: { req: { headers: Record<string, string | string[] | undefined> } }) =>
            createRequestContext(req.headers, options.gatewaySecret),
          formatError: (formatted, original) =>
            formatSubgraphError(formatted, original, (error) =>
              options.logger.error({ error: safeErrorForLog(error) }, 'unhandled error in a resolver'),
            ),
        }),
      ],
      providers: [
        { provide: APP_PIPE, useValue: inputValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLErrorPassThroughFilter },
      ],
    };
  }
}
