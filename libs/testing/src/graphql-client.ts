import { waitFor } from './wait-for';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } & Record<string, unknown> }[];
}

/** A plain HTTP GraphQL call, as a browser or kiosk would make it. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** The codes of a response's errors, in order (an empty list when it has none). */
export function errorCodes(response: GraphQLResponse<unknown>): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}

/**
 * Makes a GraphQL call again while it answers NOT_FOUND, and returns the first other answer: a
 * service learns of another's new office (or family member) from its event, a moment after it
 * was created, and until then answers NOT_FOUND for it.
 */
export async function untilKnown<T>(
  call: () => Promise<GraphQLResponse<T>>,
  what: string,
  timeoutMs = 10_000,
): Promise<GraphQLResponse<T>> {
  return waitFor(
    async () => {
      const response = await call();
      return errorCodes(response).includes('NOT_FOUND') ? undefined : response;
    },
    timeoutMs,
    what,
  );
}
