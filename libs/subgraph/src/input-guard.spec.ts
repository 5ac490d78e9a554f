import { buildSchema, getOperationAST, parse } from 'graphql';
import { findInputProblems, isUuid } from './input-guard';

const schema = buildSchema(`
  input SlotInput { sessionId: ID!, note: String }
  input BookInput { officeId: ID, slots: [SlotInput!], name: String }
  type Office { id: ID!, name: String }
  scalar _Any
  type Query {
    office(id: ID!): Office
    offices(ids: [ID!]): [Office!]!
    search(text: String): [Office!]!
    _entities(representations: [_Any!]!): [Office]!
  }
  type Mutation { book(input: BookInput!): Office }
`);

const GOOD = '0b7c4f2e-8d6a-4c1b-9f3e-2a5d7e9c1b3a';

function problems(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  return findInputProblems(schema, document, getOperationAST(document)!, variables);
}

describe('input guard', () => {
  it('knows a UUID', () => {
    expect(isUuid(GOOD)).toBe(true);
    expect(isUuid(GOOD.toUpperCase())).toBe(true);
    expect(isUuid("x'--")).toBe(false);
    expect(isUuid(`${GOOD} `)).toBe(false);
    expect(isUuid(42)).toBe(false);
  });

  it('passes well-formed ids and plain strings, literal or variable', () => {
    expect(problems(`{ office(id: "${GOOD}") { id } }`)).toEqual([]);
    expect(problems(`query ($id: ID!) { office(id: $id) { id } }`, { id: GOOD })).toEqual([]);
    expect(
      problems(`mutation ($input: BookInput!) { book(input: $input) { id } }`, {
        input: { officeId: null, slots: [{ sessionId: GOOD, note: 'jam 9' }], name: 'Siti' },
      }),
    ).toEqual([]);
  });

  it('finds a malformed id in an argument, a variable, a list, a nested input and a fragment', () => {
    expect(problems(`{ office(id: "x'--") { id } }`)).toEqual([{ path: 'office.id', problem: 'notAnId' }]);
    expect(problems(`query ($id: ID!) { office(id: $id) { id } }`, { id: '42' })).toEqual([
      { path: 'office.id', problem: 'notAnId' },
    ]);
    expect(problems(`{ offices(ids: ["${GOOD}", "nope"]) { id } }`)).toEqual([
      { path: 'offices.ids.1', problem: 'notAnId' },
    ]);
    expect(
      problems(`mutation ($input: BookInput!) { book(input: $input) { id } }`, {
        input: { officeId: 'x', slots: [{ sessionId: GOOD }, { sessionId: '1 OR 1=1' }] },
      }),
    ).toEqual([
      { path: 'book.input.officeId', problem: 'notAnId' },
      { path: 'book.input.slots.1.sessionId', problem: 'notAnId' },
    ]);
    expect(problems(`{ ...F } fragment F on Query { office(id: "x") { id } }`)).toEqual([
      { path: 'office.id', problem: 'notAnId' },
    ]);
  });

  it('finds a NUL character in any string', () => {
    expect(problems(`query ($text: String) { search(text: $text) { id } }`, { text: 'a\u0000b' })).toEqual([
      { path: 'search.text', problem: 'nulCharacter' },
    ]);
    expect(
      problems(`mutation ($input: BookInput!) { book(input: $input) { id } }`, { input: { name: 'Siti\u0000' } }),
    ).toEqual([{ path: 'book.input.name', problem: 'nulCharacter' }]);
  });

  it('checks the key fields of entity representations', () => {
    expect(
      problems(`query ($r: [_Any!]!) { _entities(representations: $r) { id } }`, {
        r: [
          { __typename: 'Office', id: GOOD },
          { __typename: 'Office', id: "x'--" },
        ],
      }),
    ).toEqual([{ path: '_entities.representations.1.id', problem: 'notAnId' }]);
  });

  it('checks defaults written in the operation, and ids sent as numbers', () => {
    expect(problems(`query ($id: ID = "x") { office(id: $id) { id } }`, {})).toEqual([
      { path: 'office.id', problem: 'notAnId' },
    ]);
    expect(problems(`query ($id: ID!) { office(id: $id) { id } }`, { id: 42 })).toEqual([
      { path: 'office.id', problem: 'notAnId' },
    ]);
  });

  it('leaves values that do not coerce to GraphQL’s own validation', () => {
    expect(problems(`query ($id: ID!) { office(id: $id) { id } }`, {})).toEqual([]);
  });
});
