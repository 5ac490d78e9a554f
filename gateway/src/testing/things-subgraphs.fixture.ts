import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';
import { IDENTITY_HEADER, IdentityHeaderVerifier, RequestCredentials } from '@antrian/auth';
import { LiveField } from '../live/live-fields';

const THINGS_SDL = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Thing @key(fields: "id") { id: ID! name: String! next: Thing }
  type Query {
    thing(id: ID!): Thing, things: [Thing!]!, whoami: String, whereami: String, myThing: Thing, broken: String
  }
  type Mutation { renameThing(id: ID!, name: String!): Thing! }
  type Subscription { thingChanged(thingId: ID!): Thing!, myThingChanged: Thing }
`);

const EXTRAS_SDL = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Thing @key(fields: "id") { id: ID! stock: Int! }
`);

/** Live fields of the fixture graph, shaped like the contract's. */
export const THING_LIVE_FIELDS: readonly LiveField[] = [
  {
    subscription: 'thingChanged',
    query: 'thing',
    args: { thingId: 'id' },
    subject: (args) => `things.live.thing.${String(args.thingId)}`,
    visibility: 'public',
  },
  {
    subscription: 'myThingChanged',
    query: 'myThing',
    subject: (_args, identity) => `things.live.mine.${identity?.sub}`,
    visibility: 'per-identity',
    requiresIdentity: true,
  },
];

interface SubgraphContext {
  /** Verified once per request: a header is good for one request only. */
  credentials: Promise<RequestCredentials>;
}

export interface ThingsSubgraphs {
  supergraphPath: string;
  /** Thing names, owned by the `things` subgraph. */
  names: Map<string, string>;
  /** Stock per thing, owned by the `extras` subgraph. */
  stock: Map<string, number>;
  /** How often `things` resolved `Query.thing`: each is one federated execution. */
  thingLookups(): number;
  stop(): Promise<void>;
}

/**
 * Two federated subgraphs, `things` and `extras` (which adds `Thing.stock`), on free ports, and
 * their supergraph in a temporary file. `things` trusts only identity headers addressed to it,
 * signed with the key whose public half is `gatewayPublicKey` and never seen before, and fails
 * loudly on any other.
 */
export async function startThingsSubgraphs(gatewayPublicKey: string): Promise<ThingsSubgraphs> {
  const names = new Map([
    ['1', 'One'],
    ['2', 'Two'],
  ]);
  const stock = new Map([['1', 5]]);
  let lookups = 0;

  const verifier = new IdentityHeaderVerifier(gatewayPublicKey, 'things');
  const usedHeaders = new Set<string>();
  const credentialsOf = async (header: string | undefined): Promise<RequestCredentials> => {
    if (!header) return { identity: null, clientAddress: null };
    const forged = () => new GraphQLError('Forged identity header', { extensions: { code: 'FORBIDDEN' } });
    const verified = await verifier.verify(header).catch(() => {
      throw forged();
    });
    if (usedHeaders.has(verified.headerId)) throw forged();
    usedHeaders.add(verified.headerId);
    return verified;
  };
  const identityOf = async (context: unknown) => (await (context as SubgraphContext).credentials).identity;
  const thing = (id: string) => {
    const name = names.get(id);
    if (name === undefined) throw new GraphQLError(`No thing ${id}`, { extensions: { code: 'NOT_FOUND' } });
    return { id, name };
  };

  const things = new ApolloServer<SubgraphContext>({
    // The gateway must keep these from clients.
    includeStacktraceInErrorResponses: true,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    schema: buildSubgraphSchema({
      typeDefs: THINGS_SDL,
      resolvers: {
        Query: {
          thing: (_: unknown, { id }: { id: string }) => {
            lookups++;
            return thing(id);
          },
          things: () => [...names.keys()].map(thing),
          whoami: async (_: unknown, _args: unknown, context: unknown) => (await identityOf(context))?.sub ?? null,
          whereami: async (_: unknown, _args: unknown, context: unknown) =>
            (await (context as SubgraphContext).credentials).clientAddress,
          broken: () => {
            throw new Error('connect ECONNREFUSED 10.0.0.7:5432');
          },
          myThing: async (_: unknown, _args: unknown, context: unknown) => {
            const identity = await identityOf(context);
            if (!identity) throw new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } });
            return { id: `mine-${identity.sub}`, name: `${identity.sub}'s ${names.get('1')}` };
          },
        },
        Mutation: {
          renameThing: (_: unknown, { id, name }: { id: string; name: string }) => {
            thing(id);
            names.set(id, name);
            return thing(id);
          },
        },
        Thing: {
          __resolveReference: ({ id }: { id: string }) => thing(id),
          next: ({ id }: { id: string }) => thing(id),
        },
      },
    }),
  });
  const extras = new ApolloServer({
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    schema: buildSubgraphSchema({
      typeDefs: EXTRAS_SDL,
      resolvers: { Thing: { __resolveReference: ({ id }: { id: string }) => ({ id, stock: stock.get(id) ?? 0 }) } },
    }),
  });

  const listen = { port: 0, host: '127.0.0.1' };
  const thingsUrl = (
    await startStandaloneServer(things, {
      listen,
      context: async ({ req }) => {
        const credentials = credentialsOf(req.headers[IDENTITY_HEADER] as string | undefined);
        // Awaited by the resolvers that care; the others must not leave it rejected unobserved.
        credentials.catch(() => undefined);
        return { credentials };
      },
    })
  ).url;
  const extrasUrl = (await startStandaloneServer(extras, { listen })).url;
  const stopAll = () => Promise.all([things.stop(), extras.stop()]);

  const composed = composeServices([
    { name: 'things', typeDefs: THINGS_SDL, url: thingsUrl },
    { name: 'extras', typeDefs: EXTRAS_SDL, url: extrasUrl },
  ]);
  if (composed.errors) {
    await stopAll();
    throw new Error(`Fixture composition failed: ${composed.errors.map((error) => error.message).join('; ')}`);
  }
  const folder = await mkdtemp(join(tmpdir(), 'antrian-gateway-'));
  const supergraphPath = join(folder, 'supergraph.graphql');
  await writeFile(supergraphPath, composed.supergraphSdl);

  return {
    supergraphPath,
    names,
    stock,
    thingLookups: () => lookups,
    stop: async () => {
      await stopAll();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
