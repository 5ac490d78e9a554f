import { buildSchema, ExecutionResult, GraphQLError } from 'graphql';
import pino from 'pino';
import { Identity } from '@antrian/auth';
import { createArmor } from '../graph/graphql-armor';
import { bindLiveFields, DEFAULT_LIVE_FIELDS } from './live-fields';
import { LiveExecutor, LiveQueryHub } from './live-query.hub';
import { LivePlan, LiveQuery, LiveQueryPlanner } from './live-query.planner';
import { officeAudienceIdentity } from './office-audience';

/** The contract's three live fields of the second round, with the queries that feed them. */
const schema = buildSchema(`
  type Counter { id: ID! name: String! }
  type OfficeFloor { officeId: ID! servedToday: Int! counters: [Counter!]! }
  type Ticket { id: ID! number: String! }
  type TicketFollow { number: String! position: Int }
  type Query { officeFloor(officeId: ID!): OfficeFloor!, myTickets: [Ticket!]!, followTicket(code: String!): TicketFollow }
  type Subscription {
    officeFloorChanged(officeId: ID!): OfficeFloor!
    myTicketsChanged: [Ticket!]!
    followTicketChanged(code: String!): TicketFollow!
  }
`);
const planner = new LiveQueryPlanner({
  schema,
  liveFields: bindLiveFields(schema, DEFAULT_LIVE_FIELDS),
  validationRules: createArmor({ MAX_DEPTH: 6, MAX_ALIASES: 5, MAX_DIRECTIVES: 5 }).validationRules,
  maxTokens: 500,
});

const officer = (sub: string, roles: Identity['roles'], officeId: string | null): Identity => ({
  sub,
  kind: 'officer',
  roles,
  officeId,
});
const reception = officer('officer-reception', ['RECEPTION'], 'office-1');
const supervisor = officer('officer-supervisor', ['SUPERVISOR'], 'office-1');
const admin = officer('national-admin', ['ADMIN'], null);
const stranger = officer('officer-elsewhere', ['SUPERVISOR'], 'office-2');
const applicant: Identity = { sub: 'applicant-1', kind: 'applicant', roles: [], officeId: null };
const board: Identity = { sub: 'board-1', kind: 'device', deviceKind: 'BOARD', roles: [], officeId: 'office-1' };

const FLOOR = 'subscription { officeFloorChanged(officeId: "office-1") { officeId servedToday counters { name } } }';
const FLOOR_ALIASED =
  'subscription Mine { floor: officeFloorChanged(officeId: "office-1") { counters { label: name } served: servedToday officeId } }';

function planned(plan: LivePlan): LiveQuery {
  if ('errors' in plan) throw new Error(plan.errors.map((error) => error.message).join('; '));
  return plan.liveQuery;
}

function refusal(plan: LivePlan): unknown {
  if (!('errors' in plan)) throw new Error('expected a refusal');
  return plan.errors.map((error) => error.extensions.code);
}

describe('officeFloorChanged: the officers-of-the-office class', () => {
  it('authorises each subscriber when she subscribes: officers of the office and ADMIN only', () => {
    for (const allowed of [reception, supervisor, admin]) {
      expect(planned(planner.plan({ query: FLOOR }, allowed)).subject).toBe('counter.live.floor.office-1');
    }
    expect(refusal(planner.plan({ query: FLOOR }, stranger))).toEqual(['FORBIDDEN']);
    expect(refusal(planner.plan({ query: FLOOR }, applicant))).toEqual(['FORBIDDEN']);
    expect(refusal(planner.plan({ query: FLOOR }, board))).toEqual(['FORBIDDEN']);
    expect(refusal(planner.plan({ query: FLOOR }, null))).toEqual(['UNAUTHENTICATED']);
  });

  it('groups every authorised subscriber of one selection together, whoever she is, and runs as the office audience', () => {
    const plans = [reception, supervisor, admin].map((identity) => planned(planner.plan({ query: FLOOR }, identity)));
    const aliased = planned(planner.plan({ query: FLOOR_ALIASED, operationName: 'Mine' }, reception));
    expect(new Set([...plans, aliased].map((plan) => plan.groupKey)).size).toBe(1);
    for (const plan of plans) expect(plan.identity).toEqual(officeAudienceIdentity('office-1'));
  });

  it('keeps offices and selections apart', () => {
    const office1 = planned(planner.plan({ query: FLOOR }, admin));
    const office2 = planned(planner.plan({ query: FLOOR.replace('office-1', 'office-2') }, admin));
    const smaller = planned(planner.plan({ query: FLOOR.replace(' counters { name }', '') }, admin));
    expect(office2.groupKey).not.toBe(office1.groupKey);
    expect(office2.identity).toEqual(officeAudienceIdentity('office-2'));
    expect(smaller.groupKey).not.toBe(office1.groupKey);
  });

  it('costs one execution per live message for 200 officers, each getting her own selection', async () => {
    const executed: LiveQuery[] = [];
    let served = 0;
    const execute: LiveExecutor = async (liveQuery) => {
      executed.push(liveQuery);
      return { data: { officeFloor: { officeId: 'office-1', servedToday: served, counters: [{ name: 'Loket 1' }] } } };
    };
    const hub = new LiveQueryHub(execute, pino({ level: 'silent' }));
    const subscribers = Array.from({ length: 200 }, (_, i) =>
      officer(`officer-${i}`, i % 2 ? ['RECEPTION'] : ['SUPERVISOR'], 'office-1'),
    );
    const iterators = await Promise.all(
      subscribers.map(async (identity, i) => {
        const plan = planned(
          planner.plan(i % 3 ? { query: FLOOR } : { query: FLOOR_ALIASED, operationName: 'Mine' }, identity),
        );
        return (await hub.subscribe(plan)) as AsyncIterableIterator<ExecutionResult>;
      }),
    );
    for (const iterator of iterators) await iterator.next();
    executed.length = 0;

    served = 1;
    hub.onLiveMessage('counter.live.floor.office-1');
    const payloads = await Promise.all(iterators.map((iterator) => iterator.next()));
    expect(executed).toHaveLength(1);
    expect(executed[0].identity).toEqual(officeAudienceIdentity('office-1'));
    expect(payloads[0].value).toEqual({
      data: { floor: { counters: [{ label: 'Loket 1' }], served: 1, officeId: 'office-1' } },
    });
    expect(payloads[1].value).toEqual({
      data: { officeFloorChanged: { officeId: 'office-1', servedToday: 1, counters: [{ name: 'Loket 1' }] } },
    });
    expect(hub.stats().subjects['counter.live.floor.office-1']).toMatchObject({ groups: 1, subscribers: 200 });
    await hub.close();
  });
});

describe('myTicketsChanged and followTicketChanged', () => {
  it('myTicketsChanged: per identity, on her own subject, anonymous callers turned away', () => {
    const plan = planned(planner.plan({ query: 'subscription { myTicketsChanged { id number } }' }, applicant));
    expect(plan).toMatchObject({ subject: 'counter.live.applicant-tickets.applicant-1', identity: applicant });
    const other = planned(
      planner.plan({ query: 'subscription { myTicketsChanged { id number } }' }, { ...applicant, sub: 'applicant-2' }),
    );
    expect(other.groupKey).not.toBe(plan.groupKey);
    expect(refusal(planner.plan({ query: 'subscription { myTicketsChanged { id } }' }, null))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('followTicketChanged: public, one group per code and selection, whoever follows', () => {
    const query = 'subscription ($code: String!) { followTicketChanged(code: $code) { number position } }';
    const anonymous = planned(planner.plan({ query, variables: { code: 'Kx7_pQ2-mZ9w' } }, null));
    const signedIn = planned(planner.plan({ query, variables: { code: 'Kx7_pQ2-mZ9w' } }, applicant));
    const otherCode = planned(planner.plan({ query, variables: { code: 'Zz7_pQ2-mZ9w' } }, null));
    expect(anonymous).toMatchObject({ subject: 'counter.live.follow.Kx7_pQ2-mZ9w', identity: null });
    expect(signedIn.groupKey).toBe(anonymous.groupKey);
    expect(signedIn.identity).toBeNull();
    expect(otherCode.groupKey).not.toBe(anonymous.groupKey);
    expect(anonymous.nullIsNotFound).toBe(true);
  });

  it('followTicketChanged: a code that could not end a live subject is BAD_USER_INPUT', () => {
    for (const code of ['a.b.c.d.e.f', 'counter.>', '*', 'short']) {
      expect(
        refusal(planner.plan({ query: `subscription { followTicketChanged(code: "${code}") { number } }` }, null)),
      ).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('followTicketChanged: an unknown code ends the subscription with NOT_FOUND', async () => {
    const hub = new LiveQueryHub(async () => ({ data: { followTicket: null } }), pino({ level: 'silent' }));
    const plan = planned(
      planner.plan({ query: 'subscription { followTicketChanged(code: "Nobody-has-it") { number } }' }, null),
    );
    const first = (await hub.subscribe(plan)) as ExecutionResult;
    expect(first.errors?.map((error: GraphQLError) => error.extensions.code)).toEqual(['NOT_FOUND']);
    expect(hub.stats().subscribers).toBe(0);
    await hub.close();
  });
});
