import { buildSchema } from 'graphql';
import { Identity } from '@antrian/auth';
import { bindLiveFields, DEFAULT_LIVE_FIELDS, LiveField } from './live-fields';

const CONTRACT_LIKE = buildSchema(`
  type Viewer { id: ID! }
  type Ticket { id: ID! }
  type QueueBoard { officeId: ID! }
  type Query { me: Viewer, ticket(id: ID!): Ticket, queueBoard(officeId: ID!): QueueBoard! }
  type Subscription {
    viewerChanged: Viewer
    ticketChanged(ticketId: ID!): Ticket!
    queueBoardChanged(officeId: ID!): QueueBoard!
  }
`);
const officer: Identity = { sub: 'officer-7', kind: 'officer', roles: ['SUPERVISOR'], officeId: 'office-1' };

describe('bindLiveFields', () => {
  it('binds the default registry to the contract, with the contract subjects', () => {
    const bound = bindLiveFields(CONTRACT_LIKE, DEFAULT_LIVE_FIELDS);
    expect([...bound.keys()].sort()).toEqual(['queueBoardChanged', 'ticketChanged', 'viewerChanged']);
    const subject = (name: string, args: Record<string, unknown>) => bound.get(name)?.liveField.subject(args, officer);
    expect(subject('queueBoardChanged', { officeId: 'o1' })).toBe('counter.live.board.o1');
    expect(subject('ticketChanged', { ticketId: 't1' })).toBe('counter.live.ticket.t1');
    expect(subject('viewerChanged', {})).toBe('identity.live.viewer.officer-7');
    expect(bound.get('ticketChanged')?.subscriptionField.name).toBe('ticketChanged');
  });

  it('leaves out entries whose subscription the supergraph does not have yet', () => {
    const identityOnly = buildSchema(`
      type Viewer { id: ID! }
      type Query { me: Viewer }
      type Subscription { viewerChanged: Viewer }
    `);
    expect([...bindLiveFields(identityOnly, DEFAULT_LIVE_FIELDS).keys()]).toEqual(['viewerChanged']);
    expect(bindLiveFields(buildSchema('type Query { me: ID }'), DEFAULT_LIVE_FIELDS).size).toBe(0);
  });

  it.each<[string, Partial<LiveField>, RegExp]>([
    ['a missing query field', { query: 'tickets' }, /no such query field/],
    ['a query of another type', { query: 'queueBoard', args: { ticketId: 'officeId' } }, /different types/],
    ['an argument the query lacks', { args: { ticketId: 'ticketId' } }, /no argument ticketId/],
  ])('stops at start-up on %s', (_case, change, message) => {
    const ticket = DEFAULT_LIVE_FIELDS.find((field) => field.subscription === 'ticketChanged') as LiveField;
    expect(() => bindLiveFields(CONTRACT_LIKE, [{ ...ticket, ...change }])).toThrow(message);
  });

  it('stops at start-up when nothing supplies a required query argument', () => {
    const schema = buildSchema(`
      type Ticket { id: ID! }
      type Query { ticket(id: ID!, officeId: ID!): Ticket }
      type Subscription { ticketChanged(ticketId: ID!): Ticket! }
    `);
    expect(() => bindLiveFields(schema, DEFAULT_LIVE_FIELDS)).toThrow(/nothing supplies the query argument officeId/);
  });

  it('stops at start-up on an office-officers field that does not say which office it concerns', () => {
    const schema = buildSchema(`
      type Floor { officeId: ID! }
      type Query { officeFloor(officeId: ID!): Floor! }
      type Subscription { officeFloorChanged(officeId: ID!): Floor! }
    `);
    const floor = DEFAULT_LIVE_FIELDS.find((field) => field.subscription === 'officeFloorChanged') as LiveField;
    expect([...bindLiveFields(schema, [floor]).keys()]).toEqual(['officeFloorChanged']);
    expect(() => bindLiveFields(schema, [{ ...floor, office: undefined }])).toThrow(/which office/);
  });
});
