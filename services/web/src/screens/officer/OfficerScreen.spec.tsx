import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithGraph, useLanguage } from '../../testing/render';
import { CallNext, FloorPulse, OfficeCounters, OfficerMe } from './officer.operations';
import { Console } from './OfficerScreen';
import { moveForKey } from './shortcuts';

const me = {
  request: { query: OfficerMe },
  result: {
    data: { me: { __typename: 'Officer', id: 'off-1', fullName: 'Petugas', officeId: 'o-1', roles: ['RECEPTION'] } },
  },
};
const counters = (currentTicket: unknown) => ({
  request: { query: OfficeCounters, variables: { officeId: 'o-1' } },
  result: {
    data: {
      counters: [
        { id: 'c-1', name: 'Loket 1', stages: ['RECEPTION'], open: true, officer: { id: 'off-1' }, currentTicket },
      ],
    },
  },
});

describe('the officer console', () => {
  beforeAll(() => useLanguage('id'));

  it('calls the next ticket with the N key, and offers only the moves that fit', async () => {
    const called = jest.fn(() => ({
      data: {
        callNext: {
          __typename: 'Ticket',
          id: 't-1',
          number: 'A-001',
          status: 'CALLED',
          stage: 'RECEPTION',
          priority: null,
          holdReason: null,
          callCount: 1,
        },
      },
    }));
    const mocks = [
      me,
      counters(null),
      { request: { query: FloorPulse, variables: { officeId: 'o-1' } }, result: { data: undefined }, delay: 100_000 },
      { request: { query: CallNext, variables: { counterId: 'c-1' } }, result: called },
      counters({
        __typename: 'Ticket',
        id: 't-1',
        number: 'A-001',
        status: 'CALLED',
        stage: 'RECEPTION',
        priority: null,
        holdReason: null,
        callCount: 1,
      }),
    ];
    renderWithGraph(<Console />, mocks);
    expect(await screen.findByRole('heading', { name: 'Loket 1' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Panggil berikutnya/ })).toBeEnabled();
    expect(screen.getByRole('button', { name: /Mulai layani/ })).toBeDisabled();
    fireEvent.keyDown(window, { key: 'n' });
    await waitFor(() => expect(called).toHaveBeenCalled());
    await waitFor(() => expect(screen.getByTestId('console-number')).toHaveTextContent('A-001'));
    expect(screen.getByRole('button', { name: /Mulai layani/ })).toBeEnabled();
  });

  it('ignores shortcuts while typing and with modifiers', () => {
    const input = document.createElement('input');
    expect(moveForKey({ key: 'n', ctrlKey: false, metaKey: false, altKey: false }, input)).toBeNull();
    expect(moveForKey({ key: 'n', ctrlKey: true, metaKey: false, altKey: false }, document.body)).toBeNull();
    expect(moveForKey({ key: 'N', ctrlKey: false, metaKey: false, altKey: false }, document.body)).toBe('callNext');
    expect(moveForKey({ key: 'q', ctrlKey: false, metaKey: false, altKey: false }, document.body)).toBeNull();
  });
});
