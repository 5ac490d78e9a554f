import { buildSchema, ExecutionResult, getOperationAST, GraphQLError, GraphQLObjectType, parse } from 'graphql';
import { canonicalKey, normaliseLiveQuery } from './live-query.normalise';

const schema = buildSchema(`
  type Counter { id: ID! name: String! }
  type Call { counter: Counter! number: String! }
  type Pause { counter: Counter! reason: String }
  union Event = Call | Pause
  type Board { officeId: ID! waiting(stage: String = "ALL"): Int! events: [Event!]! note: String }
  type Query { board(officeId: ID!): Board }
`);

function normalise(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return normaliseLiveQuery(schema, document, operation, variables);
}

describe('normaliseLiveQuery', () => {
  it('strips aliases, inlines variables and sorts fields, then restores each subscriber’s own names', () => {
    const mine = normalise('query ($o: ID!) { board: board(officeId: $o) { w: waiting officeId } }', { o: 'o1' });
    const theirs = normalise('{ myBoard: board(officeId: "o1") { officeId howMany: waiting } }');
    expect(mine.query).toBe('{ board(officeId: "o1") { officeId waiting(stage: "ALL") } }');
    expect(theirs.query).toBe(mine.query);
    expect(theirs.projection.key).not.toBe(mine.projection.key);

    const shared: ExecutionResult = { data: { board: { officeId: 'o1', waiting: 4 } } };
    expect(mine.projection.apply(shared)).toEqual({ data: { board: { w: 4, officeId: 'o1' } } });
    expect(theirs.projection.apply(shared)).toEqual({ data: { myBoard: { officeId: 'o1', howMany: 4 } } });
  });

  it('projects a field asked with several argument sets even where the schema’s fields have resolvers', () => {
    // Apollo Server wraps the resolvers of the schema it serves in place.
    const served = buildSchema(`
      enum Language { INDONESIAN ENGLISH }
      type Call { number: String! announcement(language: Language): String! }
      type Board { nowServing: [Call!]! }
      type Query { board(officeId: ID!): Board }
    `);
    for (const type of [
      served.getQueryType()!,
      served.getType('Board'),
      served.getType('Call'),
    ] as GraphQLObjectType[]) {
      for (const field of Object.values(type.getFields())) {
        field.resolve = (source) => (source as Record<string, unknown>)[field.name];
      }
    }
    const document = parse(
      '{ board(officeId: "o1") { nowServing { number announcement inIndonesian: announcement(language: INDONESIAN) } } }',
    );
    const { query, projection } = normaliseLiveQuery(served, document, getOperationAST(document)!, {});
    const indonesian = canonicalKey('announcement', { language: 'INDONESIAN' });
    expect(query).toBe(
      `{ board(officeId: "o1") { nowServing { announcement ${indonesian}: announcement(language: INDONESIAN) number } } }`,
    );
    const shared = {
      data: { board: { nowServing: [{ number: 'A-017', announcement: 'Ticket', [indonesian]: 'Nomor' }] } },
    };
    expect(projection.apply(shared)).toEqual({
      data: { board: { nowServing: [{ number: 'A-017', announcement: 'Ticket', inIndonesian: 'Nomor' }] } },
    });
  });

  it('keeps one field per argument set, and merges aliases of the same one', () => {
    const { query, projection } = normalise(
      '{ board(officeId: "o1") { a: waiting(stage: "RECEPTION") b: waiting(stage: "INTERVIEW") c: waiting(stage: "RECEPTION") } }',
    );
    const reception = canonicalKey('waiting', { stage: 'RECEPTION' });
    const interview = canonicalKey('waiting', { stage: 'INTERVIEW' });
    expect(query).toBe(
      `{ board(officeId: "o1") { ${[
        `${interview}: waiting(stage: "INTERVIEW")`,
        `${reception}: waiting(stage: "RECEPTION")`,
      ]
        .sort()
        .join(' ')} } }`,
    );
    expect(projection.apply({ data: { board: { [reception]: 3, [interview]: 5 } } })).toEqual({
      data: { board: { a: 3, b: 5, c: 3 } },
    });
  });

  it('resolves fragments on a union per possible type, whatever way they are written', () => {
    const inline = normalise(
      '{ board(officeId: "o1") { events { ... on Call { number counter { name } } ... on Pause { counter { name } } } } }',
    );
    const spread = normalise(
      '{ board(officeId: "o1") { events { ...C ... on Pause { c: counter { name } } } } } fragment C on Call { counter { name } number }',
    );
    expect(spread.query).toBe(inline.query);
    expect(inline.query).toBe(
      '{ board(officeId: "o1") { events { __typename ... on Call { counter { name } number } ... on Pause { counter { name } } } } }',
    );
    const shared = {
      data: {
        board: {
          events: [
            { __typename: 'Call', number: 'A-001', counter: { name: 'Loket 1' } },
            { __typename: 'Pause', counter: { name: 'Loket 2' } },
          ],
        },
      },
    };
    expect(spread.projection.apply(shared)).toEqual({
      data: { board: { events: [{ counter: { name: 'Loket 1' }, number: 'A-001' }, { c: { name: 'Loket 2' } }] } },
    });
  });

  it('moves errors to the subscriber’s own paths, once for every alias that asked', () => {
    const { projection } = normalise('{ mine: board(officeId: "o1") { n1: note n2: note officeId } }');
    const result = projection.apply({
      data: { board: { note: null, officeId: 'o1' } },
      errors: [new GraphQLError('No note', { path: ['board', 'note'], extensions: { code: 'FORBIDDEN' } })],
    });
    expect(result.data).toEqual({ mine: { n1: null, n2: null, officeId: 'o1' } });
    expect(result.errors?.map((error) => [error.path, error.message, error.extensions.code])).toEqual([
      [['mine', 'n1'], 'No note', 'FORBIDDEN'],
      [['mine', 'n2'], 'No note', 'FORBIDDEN'],
    ]);

    const gone = normalise('{ b: board(officeId: "o1") { officeId } }').projection.apply({
      data: { board: null },
      errors: [new GraphQLError('No office o1', { path: ['board'], extensions: { code: 'NOT_FOUND' } })],
    });
    expect(gone).toEqual({
      data: { b: null },
      errors: [expect.objectContaining({ path: ['b'], message: 'No office o1' })],
    });
  });
});
