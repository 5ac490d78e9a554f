import { buildSchema, GraphQLError } from 'graphql';
import { Identity } from '@antrian/auth';
import { createArmor } from '../graph/graphql-armor';
import { OperationCost } from '../graph/operation-cost';
import { bindLiveFields, LiveField } from './live-fields';
import { LivePlan, LiveQuery, LiveQueryPlanner } from './live-query.planner';

const schema = buildSchema(`
  type Ticket { id: ID! number: String! status: String! next: Ticket }
  type Board { officeId: ID! waiting: Int! }
  type Query { ticket(id: ID!): Ticket, board(officeId: ID!): Board!, mine: Ticket }
  type Subscription {
    ticketChanged(ticketId: ID!): Ticket!
    boardChanged(officeId: ID!): Board!
    mineChanged: Ticket
    unserved: Ticket
  }
`);
const LIVE_FIELDS: LiveField[] = [
  {
    subscription: 'ticketChanged',
    query: 'ticket',
    args: { ticketId: 'id' },
    subject: (args) => `counter.live.ticket.${String(args.ticketId)}`,
    visibility: 'per-identity',
  },
  {
    subscription: 'boardChanged',
    query: 'board',
    subject: (args) => `counter.live.board.${String(args.officeId)}`,
    visibility: 'public',
  },
  {
    subscription: 'mineChanged',
    query: 'mine',
    subject: (_args, identity) => `counter.live.mine.${identity?.sub}`,
    visibility: 'per-identity',
    requiresIdentity: true,
  },
];
const applicant: Identity = { sub: 'applicant-1', kind: 'applicant', roles: [], officeId: null };
const officer: Identity = {
  sub: 'officer-1',
  kind: 'officer',
  roles: ['RECEPTION', 'INTERVIEW'],
  officeId: 'office-1',
};

const planner = new LiveQueryPlanner({
  schema,
  liveFields: bindLiveFields(schema, LIVE_FIELDS),
  validationRules: createArmor({ MAX_DEPTH: 3, MAX_ALIASES: 2, MAX_DIRECTIVES: 5 }).validationRules,
  maxTokens: 60,
});

function planned(plan: LivePlan): LiveQuery {
  if ('errors' in plan) throw new Error(plan.errors.map((error) => error.message).join('; '));
  return plan.liveQuery;
}

function errorsOf(plan: LivePlan): readonly GraphQLError[] {
  if (!('errors' in plan)) throw new Error('expected errors');
  return plan.errors;
}

describe('LiveQueryPlanner', () => {
  it('plans a subscription as its paired query, on its subject', () => {
    const plan = planned(
      planner.plan(
        { query: 'subscription Watch($id: ID!) { ticketChanged(ticketId: $id) { id status } }', variables: { id: 7 } },
        applicant,
      ),
    );
    expect(plan).toMatchObject({ subject: 'counter.live.ticket.7', variables: {}, identity: applicant });
    // Normalised: the variable inlined (an ID that looks like a number prints as one), no alias.
    expect(plan.query).toBe('{ ticket(id: 7) { id status } }');
    expect(plan.projection.apply({ data: { ticket: { id: '7', status: 'WAITING' } } })).toEqual({
      data: { ticketChanged: { id: '7', status: 'WAITING' } },
    });
  });

  it('gives equal selections the same group, however they are written', () => {
    const a = planned(planner.plan({ query: 'subscription { boardChanged(officeId: "o1") { waiting } }' }, null));
    const b = planned(
      planner.plan({ query: 'subscription {\n  # the board\n  boardChanged(officeId: "o1") { waiting }\n}' }, officer),
    );
    expect(b.groupKey).toBe(a.groupKey);
  });

  it('runs public fields anonymously and shares them with everyone', () => {
    const query = 'subscription { boardChanged(officeId: "o1") { waiting } }';
    const [anonymous, asApplicant, asOfficer] = [null, applicant, officer].map((who) =>
      planned(planner.plan({ query }, who)),
    );
    expect(new Set([anonymous.groupKey, asApplicant.groupKey, asOfficer.groupKey]).size).toBe(1);
    expect(asOfficer.identity).toBeNull();
  });

  it('shares a public field per language: a payload may hold sentences in it', () => {
    const query = 'subscription { boardChanged(officeId: "o1") { waiting } }';
    const [byDefault, indonesian, english, english2] = [undefined, 'INDONESIAN', 'ENGLISH', 'ENGLISH'].map((language) =>
      planned(planner.plan({ query }, null, language as 'INDONESIAN' | 'ENGLISH' | undefined)),
    );
    expect(indonesian.groupKey).toBe(byDefault.groupKey);
    expect(english.groupKey).toBe(english2.groupKey);
    expect(english.groupKey).not.toBe(indonesian.groupKey);
    expect([byDefault.language, english.language]).toEqual(['INDONESIAN', 'ENGLISH']);
  });

  it('refuses in the subscriber’s language, with the same code', () => {
    const query = 'query { mine { id } }';
    const [indonesian] = errorsOf(planner.plan({ query }, null));
    const [english] = errorsOf(planner.plan({ query }, null, 'ENGLISH'));
    expect(indonesian.message).toMatch(/hanya untuk langganan/);
    expect(english.message).toMatch(/serves subscriptions/);
    expect(english.extensions).toEqual(indonesian.extensions);
  });

  it('shares per-identity fields only among the same identity', () => {
    const query = 'subscription { ticketChanged(ticketId: "t1") { id } }';
    const keys = [applicant, applicant, { ...applicant }, officer, { ...officer, roles: ['RECEPTION'] }, null].map(
      (who) => planned(planner.plan({ query }, who as Identity | null)).groupKey,
    );
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
    expect(new Set(keys).size).toBe(4);
    expect(planned(planner.plan({ query }, { ...officer, roles: ['INTERVIEW', 'RECEPTION'] })).groupKey).toBe(keys[3]);
  });

  it('gives selections that differ only in aliases, fragments, variables or order one group', () => {
    const key = (query: string, variables?: Record<string, unknown>) =>
      planned(planner.plan({ query, variables }, null)).groupKey;
    const base = key('subscription { boardChanged(officeId: "o1") { officeId waiting } }');
    expect(key('subscription { b: boardChanged(officeId: "o1") { x: officeId waiting } }')).toBe(base);
    expect(key('subscription { boardChanged(officeId: "o1") { waiting officeId } }')).toBe(base);
    expect(
      key('subscription($o: ID!) { boardChanged(officeId: $o) { ...B } } fragment B on Board { officeId waiting }', {
        o: 'o1',
      }),
    ).toBe(base);
    const thousand = new Set(
      Array.from({ length: 1000 }, (_, i) =>
        key(`subscription { boardChanged(officeId: "o1") { w${i}: waiting officeId } }`),
      ),
    );
    expect(thousand).toEqual(new Set([base]));
  });

  it('separates different selections, arguments and variables', () => {
    const key = (query: string, variables?: Record<string, unknown>) =>
      planned(planner.plan({ query, variables }, null)).groupKey;
    const base = key('subscription { boardChanged(officeId: "o1") { waiting } }');
    expect(key('subscription { boardChanged(officeId: "o1") { officeId waiting } }')).not.toBe(base);
    expect(key('subscription { boardChanged(officeId: "o2") { waiting } }')).not.toBe(base);
    const withVariable = 'subscription($o: ID!) { boardChanged(officeId: $o) { waiting } }';
    expect(key(withVariable, { o: 'o1' })).not.toBe(key(withVariable, { o: 'o2' }));
    expect(key(withVariable, { o: 'o1' })).toBe(key(withVariable, { o: 'o1' }));
  });

  it('turns anonymous subscribers away from fields that need an identity', () => {
    const [error] = errorsOf(planner.plan({ query: 'subscription { mineChanged { id } }' }, null));
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
    expect(planned(planner.plan({ query: 'subscription { mineChanged { id } }' }, applicant)).subject).toBe(
      'counter.live.mine.applicant-1',
    );
  });

  it.each([
    ['a syntax error', 'subscription {', 'GRAPHQL_PARSE_FAILED'],
    [
      'too many tokens',
      `subscription { ticketChanged(ticketId: "t") { ${'id '.repeat(60)} } }`,
      'GRAPHQL_PARSE_FAILED',
    ],
    ['an unknown field', 'subscription { ticketChanged(ticketId: "t") { nope } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['two root fields', 'subscription { a: mineChanged { id } b: mineChanged { id } }', 'GRAPHQL_VALIDATION_FAILED'],
    [
      'too much depth',
      'subscription { ticketChanged(ticketId: "t") { next { next { id } } } }',
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'two operations, none named',
      'subscription A { mineChanged { id } } subscription B { mineChanged { id } }',
      'BAD_REQUEST',
    ],
    ['a query', 'query { ticket(id: "t") { id } }', 'BAD_REQUEST'],
    [
      'a root fragment',
      'subscription { ... on Subscription { boardChanged(officeId: "o") { waiting } } }',
      'BAD_REQUEST',
    ],
    ['a field without a live source', 'subscription { unserved { id } }', 'INTERNAL_SERVER_ERROR'],
    ['a missing variable', 'subscription($id: ID!) { ticketChanged(ticketId: $id) { id } }', 'BAD_USER_INPUT'],
  ])('refuses %s', (_case, query, code) => {
    const errors = errorsOf(planner.plan({ query }, applicant));
    expect(errors.map((error) => error.extensions.code)).toContain(code);
  });

  it('hides field suggestions, as over HTTP', () => {
    const [error] = errorsOf(planner.plan({ query: 'subscription { ticketChanged(ticketId: "t") { statu } }' }, null));
    expect(error.message).toContain('Cannot query field "statu"');
    expect(error.message).not.toContain('status');
  });

  it('applies the armor limits to subscriptions', () => {
    const tooManyAliases = 'subscription { b: boardChanged(officeId: "o") { w1: waiting w2: waiting } }';
    expect(errorsOf(planner.plan({ query: tooManyAliases }, null))[0].message).toMatch(/alias: batasnya 2/);
    expect(errorsOf(planner.plan({ query: tooManyAliases }, null, 'ENGLISH'))[0].message).toMatch(
      /aliases limit of 2 is exceeded/,
    );
  });

  it('applies the cost limit to subscriptions, with their variables', () => {
    const costly = new LiveQueryPlanner({
      schema,
      liveFields: bindLiveFields(schema, LIVE_FIELDS),
      validationRules: [],
      // A ticket and its next ticket, three fields each, costs 6; the limit is 5.
      cost: new OperationCost({ MAX_COST: 5, COST_OFFICES: 1, COST_SESSIONS_PER_DAY: 1, COST_LIST_SIZE: 1 }),
      maxTokens: 200,
    });
    const cheap = costly.plan(
      { query: 'subscription { ticketChanged(ticketId: "t") { id number status } }' },
      applicant,
    );
    expect('errors' in cheap).toBe(false);
    const [error] = errorsOf(
      costly.plan(
        {
          query: 'subscription($t: ID!) { ticketChanged(ticketId: $t) { id next { id number status } } }',
          variables: { t: 'x' },
        },
        applicant,
      ),
    );
    expect(error.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', cost: 6, maxCost: 5 });
  });

  it('refuses null for a required argument that comes through a defaulted variable', () => {
    const query = 'subscription($id: ID = "t") { ticketChanged(ticketId: $id) { id } }';
    const [error] = errorsOf(planner.plan({ query, variables: { id: null } }, applicant));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });
});
