import { buildSchema, parse } from 'graphql';
import { availabilityDays, OperationCost } from './operation-cost';

const schema = buildSchema(`
  scalar Date
  type Session { id: ID! startsAt: String! remaining: Int! }
  type DayAvailability { date: Date! open: Boolean! sessions: [Session!]! }
  type Office { id: ID! code: String! name: String! availability(from: Date!, to: Date!): [DayAvailability!]! }
  type Query { offices: [Office!]! office(id: ID!): Office roles: [String!]! }
`);
const limits = { MAX_COST: 10_000, COST_OFFICES: 150, COST_SESSIONS_PER_DAY: 12, COST_LIST_SIZE: 20 };
const cost = new OperationCost(limits);
const measure = (query: string, variables?: Record<string, unknown>) =>
  cost.measure(schema, parse(query), variables) ?? NaN;

const availability = (from: string, to: string) =>
  `availability(from: "${from}", to: "${to}") { date sessions { id startsAt remaining } }`;

describe('OperationCost', () => {
  it('multiplies by list sizes: offices × days × sessions per day × fields', () => {
    const oneDay = measure(`{ office(id: "1") { ${availability('2030-01-01', '2030-01-01')} } }`);
    const week = measure(`{ office(id: "1") { ${availability('2030-01-01', '2030-01-07')} } }`);
    // office 1 + availability (1 + days × (date 1 + sessions (1 + 12 × 3)))
    expect(oneDay).toBe(1 + 1 + 1 * (1 + 1 + 12 * 3));
    expect(week).toBe(1 + 1 + 7 * (1 + 1 + 12 * 3));
    const everyOffice = measure(`{ offices { ${availability('2030-01-01', '2030-01-01')} } }`);
    expect(everyOffice).toBe(1 + 150 * (1 + 1 * (1 + 1 + 12 * 3)));
  });

  it('refuses what gave 2 MB answers: 15 aliases of every office’s availability', () => {
    const aliases = Array.from(
      { length: 15 },
      (_, i) => `a${i}: offices { ${availability('2030-01-01', '2030-03-03')} }`,
    ).join(' ');
    const refusal = cost.check(schema, parse(`{ ${aliases} }`), {});
    expect(refusal?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', maxCost: 10_000 });
    expect(refusal?.message).toMatch(/batasnya 10000/);
    const inEnglish = cost.check(schema, parse(`{ ${aliases} }`), {}, undefined, 'ENGLISH');
    expect(inEnglish?.message).toMatch(/above the limit of 10000/);
    expect(inEnglish?.extensions).toEqual(refusal?.extensions);
  });

  it('lets through what the screens ask for', () => {
    expect(cost.check(schema, parse('{ offices { id code name } }'), {})).toBeUndefined();
    // The booking page: one office, the longest range scheduling serves.
    expect(
      cost.check(schema, parse(`{ office(id: "1") { ${availability('2030-01-01', '2030-03-03')} } }`), {}),
    ).toBeUndefined();
  });

  it('reads the days from the variables, and assumes the most when they are not dates', () => {
    const query = `query ($from: Date!, $to: Date!) { office(id: "1") { availability(from: $from, to: $to) { date } } }`;
    expect(measure(query, { from: '2030-01-01', to: '2030-01-02' })).toBe(1 + 1 + 2 * 1);
    expect(availabilityDays('x', '2030-01-01')).toBe(62);
    expect(availabilityDays('2030-01-01', '2031-01-01')).toBe(62);
    expect(availabilityDays('2030-01-02', '2030-01-01')).toBe(1);
  });

  it('counts introspection as free', () => {
    expect(measure('{ __schema { types { name fields { name args { name } } } } }')).toBeLessThanOrEqual(1);
  });
});
