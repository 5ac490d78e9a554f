import { FieldNode, getOperationAST, parse, print } from 'graphql';
import { rewriteAsLiveQuery } from './live-query.rewrite';

function rewrite(source: string, operationName?: string): string {
  const document = parse(source);
  const operation = getOperationAST(document, operationName);
  if (!operation) throw new Error('no operation');
  const root = operation.selectionSet.selections[0] as FieldNode;
  return print(rewriteAsLiveQuery(document, operation, root, { query: 'ticket', args: { ticketId: 'id' } }));
}

describe('rewriteAsLiveQuery', () => {
  it('asks the paired query for the same selection, aliased to the subscription field', () => {
    expect(rewrite('subscription { ticketChanged(ticketId: "t1") { id number } }')).toBe(
      print(parse('query { ticketChanged: ticket(id: "t1") { id number } }')),
    );
  });

  it('keeps the name, variables, directives and fragments the operation uses', () => {
    const source = `
      subscription Watch($ticket: ID!, $withBooking: Boolean = false) {
        ticketChanged(ticketId: $ticket) {
          ...TicketParts
          booking @include(if: $withBooking) { code }
          ... on Ticket { status }
        }
      }
      fragment TicketParts on Ticket { id number counter { ...CounterParts } }
      fragment CounterParts on Counter { name }
    `;
    expect(rewrite(source)).toBe(
      print(
        parse(`
          query Watch($ticket: ID!, $withBooking: Boolean = false) {
            ticketChanged: ticket(id: $ticket) {
              ...TicketParts
              booking @include(if: $withBooking) { code }
              ... on Ticket { status }
            }
          }
          fragment TicketParts on Ticket { id number counter { ...CounterParts } }
          fragment CounterParts on Counter { name }
        `),
      ),
    );
  });

  it("keeps the client's own alias and leaves arguments without a mapping as they are", () => {
    expect(rewrite('subscription { mine: ticketChanged(ticketId: "t1", lang: "id") { id } }')).toBe(
      print(parse('query { mine: ticket(id: "t1", lang: "id") { id } }')),
    );
  });

  it('takes only the chosen operation and its own fragments from a document with several', () => {
    const source = `
      query Other { ticket(id: "x") { ...OtherParts } }
      subscription Watch { ticketChanged(ticketId: "t1") { ...Parts } }
      fragment Parts on Ticket { id }
      fragment OtherParts on Ticket { number }
    `;
    expect(rewrite(source, 'Watch')).toBe(
      print(parse('query Watch { ticketChanged: ticket(id: "t1") { ...Parts } } fragment Parts on Ticket { id }')),
    );
  });
});
