/** Where the gateway is: /config.json beside the static files (written by whoever serves them). */
export interface WebConfig {
  /** The gateway's GraphQL endpoint over HTTP; its WebSocket endpoint is the same address as ws(s). */
  graphqlUrl: string;
}

export function defaultConfig(origin: string): WebConfig {
  return { graphqlUrl: `${origin}/graphql` };
}

export function webSocketUrl(graphqlUrl: string): string {
  return graphqlUrl.replace(/^http/, 'ws');
}

export async function loadConfig(fetchImpl: typeof fetch = fetch, origin = window.location.origin): Promise<WebConfig> {
  try {
    const response = await fetchImpl('/config.json', { cache: 'no-store' });
    if (!response.ok) return defaultConfig(origin);
    const body = (await response.json()) as Partial<WebConfig>;
    return typeof body.graphqlUrl === 'string' ? { graphqlUrl: body.graphqlUrl } : defaultConfig(origin);
  } catch {
    return defaultConfig(origin);
  }
}
