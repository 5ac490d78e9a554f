import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Refusals (DomainError, GraphQLError) are answers, not failures: they go back to the client as
 * they are. Without this filter Nest logs each of them as an error.
 */
@Catch(GraphQLError)
export class GraphQLErrorPassThroughFilter implements GqlExceptionFilter {
  catch(error: GraphQLError): GraphQLError {
    return error;
  }
}
