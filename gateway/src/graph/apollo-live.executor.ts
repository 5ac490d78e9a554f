import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { GatewayContext } from '../auth/gateway-context';
import { LiveExecutor } from '../live/live-query.hub';

/**
 * Live queries run through the same Apollo Server as HTTP operations (same limits, same query
 * plans, same signed identity header to the subgraphs), so subgraphs apply their own rules to
 * every payload. Error locations are dropped: they point into the rewritten query, not into
 * anything the subscriber sent.
 */
export function apolloLiveExecutor(server: ApolloServer<GatewayContext>): LiveExecutor {
  return async ({ query, variables, identity, language }) => {
    const response = await server.executeOperation(
      { query, variables },
      { contextValue: { identity, clientAddress: null, language } },
    );
    if (response.body.kind !== 'single') throw new Error('A live query answered incrementally');
    const { data, errors } = response.body.singleResult;
    if (!errors) return { data };
    return {
      data,
      errors: errors.map(
        (error) => new GraphQLError(error.message, { path: error.path, extensions: error.extensions }),
      ),
    };
  };
}
