import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { graphqlMetricsPlugin, OperationNames } from './graphql-metrics.plugin';
import { metricsRegistry } from './metrics-registry';

/** The sum of the samples of `name` (a series of the text format) whose labels include `labels`. */
async function value(name: string, labels: Record<string, string>): Promise<number> {
  const family = name.replace(/_count$/, '');
  const text = await metricsRegistry.getSingleMetricAsString(family);
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^(\w+)\{(.*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const own = Object.fromEntries([...match[2].matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, wanted]) => own[key] === wanted)) sum += Number(match[3]);
  }
  return sum;
}

describe('graphqlMetricsPlugin', () => {
  const server = new ApolloServer({
    typeDefs: 'type Query { ok: Boolean, broken: Boolean }',
    resolvers: {
      Query: {
        ok: () => true,
        broken: () => {
          throw new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } });
        },
      },
    },
    plugins: [graphqlMetricsPlugin()],
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('counts each operation, its errors by code, and its latency, by operation name and type', async () => {
    await server.executeOperation({ query: 'query Fine { ok }' });
    await server.executeOperation({ query: 'query Fine { ok }' });
    await server.executeOperation({ query: 'query Refused { broken }' });
    await server.executeOperation({ query: '{ nonsense' });

    expect(await value('antrian_graphql_requests_total', { operation: 'Fine', type: 'query' })).toBe(2);
    expect(await value('antrian_graphql_errors_total', { operation: 'Fine' })).toBe(0);
    expect(await value('antrian_graphql_errors_total', { operation: 'Refused', code: 'FORBIDDEN' })).toBe(1);
    expect(await value('antrian_graphql_requests_total', { operation: 'anonymous', type: 'unknown' })).toBe(1);
    expect(await value('antrian_graphql_errors_total', { operation: 'anonymous', code: 'GRAPHQL_PARSE_FAILED' })).toBe(
      1,
    );
    expect(await value('antrian_graphql_request_duration_seconds_count', { operation: 'Fine' })).toBe(2);
  });
});

describe('OperationNames', () => {
  it('keeps label values bounded: odd names are anonymous, names past the cap are other', () => {
    const names = new OperationNames(2);
    expect(names.label('Book')).toBe('Book');
    expect(names.label(undefined)).toBe('anonymous');
    expect(names.label('with space')).toBe('anonymous');
    expect(names.label('x'.repeat(65))).toBe('anonymous');
    expect(names.label('CheckIn')).toBe('CheckIn');
    expect(names.label('Third')).toBe('other');
    expect(names.label('Book')).toBe('Book');
  });
});
