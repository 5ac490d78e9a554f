import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithGraph, useLanguage } from '../../testing/render';
import {
  CallNext,
  CallTicket,
  FloorPulse,
  OfficeCounters,
  OfficerMe,
  PauseCounter,
  StageTickets,
} from './officer.operations';
import { Console } from './OfficerScreen';
import { moveForKey } from './shortcuts';

const me = {
  request: { query: OfficerMe },
  result: {
    data: { me: { __typename: 'Officer', id: 'off-1', fullName: 'Petugas', officeId: 'o-1', roles: ['RECEPTION'] } },
  },
};
const counters = (currentTicket: unknown, status = 'OPEN', pauseReason: string | null = null) => ({
  request: { query: OfficeCounters, variables: { officeId: 'o-1' } },
  result: {
    data: {
      counters: [
        {
          id: 'c-1',
          name: 'Loket 1',
          stages: ['RECEPTION'],
          open: true,
          status,
          pauseReason,
          officer: { id: 'off-1' },
          currentTicket,
        },
      ],
    },
  },
});
const ticket = (id: string, number: string, status: string, holdReason: string | null = null) => ({
  __typename: 'Ticket',
  id,
  number,
  status,
  stage: 'RECEPTION',
  priority: null,
  holdReason,
  callCount: status === 'CALLED' ? 1 : 0,
});
const lists = (waiting: unknown[], onHold: unknown[] = [], missed: unknown[] = []) => ({
  request: { query: StageTickets, variables: { officeId: 'o-1', stage: 'RECEPTION' } },
  result: { data: { waiting, onHold, missed } },
});
const quietFloor = {
  request: { query: FloorPulse, variables: { officeId: 'o-1' } },
  result: { data: undefined },
  delay: 100_000,
};

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
      quietFloor,
      lists([]),
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

  it("shows her stage's waiting, on-hold and missed lists, calls a chosen one, and refreshes them on officeFloorChanged", async () => {
    const chosen = jest.fn(() => ({ data: { callTicket: ticket('t-3', 'A-003', 'CALLED') } }));
    const mocks = [
      me,
      counters(null),
      {
        request: { query: FloorPulse, variables: { officeId: 'o-1' } },
        result: { data: { officeFloorChanged: { officeId: 'o-1', updatedAt: '2026-11-30T02:00:00Z' } } },
        delay: 300,
      },
      lists(
        [ticket('t-2', 'A-002', 'WAITING'), ticket('t-3', 'A-003', 'WAITING')],
        [ticket('t-4', 'A-004', 'ON_HOLD', 'Fotokopi KK')],
        [ticket('t-5', 'A-005', 'NO_SHOW')],
      ),
      counters(null),
      lists([ticket('t-3', 'A-003', 'WAITING')], [], [ticket('t-5', 'A-005', 'NO_SHOW')]),
      { request: { query: CallTicket, variables: { counterId: 'c-1', ticketId: 't-3' } }, result: chosen },
      counters(ticket('t-3', 'A-003', 'CALLED')),
      lists([], [], [ticket('t-5', 'A-005', 'NO_SHOW')]),
    ];
    renderWithGraph(<Console />, mocks);
    const waiting = await screen.findByTestId('list-RECEPTION-waiting');
    await waitFor(() => expect(waiting).toHaveTextContent('A-002'));
    expect(waiting.textContent!.indexOf('A-002')).toBeLessThan(waiting.textContent!.indexOf('A-003'));
    expect(screen.getByTestId('list-RECEPTION-onHold')).toHaveTextContent('A-004');
    expect(screen.getByTestId('list-RECEPTION-onHold')).toHaveTextContent('Fotokopi KK');
    expect(screen.getByTestId('list-RECEPTION-missed')).toHaveTextContent('A-005');
    // officeFloorChanged arrives: A-002 was called elsewhere, the lists refresh.
    await waitFor(() => expect(screen.getByTestId('list-RECEPTION-waiting')).not.toHaveTextContent('A-002'));
    expect(screen.getByTestId('list-RECEPTION-onHold')).not.toHaveTextContent('A-004');
    fireEvent.click(screen.getByRole('button', { name: 'Panggil yang ini A-003' }));
    await waitFor(() => expect(chosen).toHaveBeenCalled());
    await waitFor(() => expect(screen.getByTestId('console-number')).toHaveTextContent('A-003'));
  });

  it('pauses the counter with a reason by the P key, and then offers Resume and no call', async () => {
    const paused = jest.fn(() => ({
      data: { pauseCounter: { __typename: 'Counter', id: 'c-1', status: 'PAUSED', pauseReason: 'Salat' } },
    }));
    const mocks = [
      me,
      counters(null),
      quietFloor,
      lists([ticket('t-2', 'A-002', 'WAITING')]),
      { request: { query: PauseCounter, variables: { counterId: 'c-1', reason: 'Salat' } }, result: paused },
      counters(null, 'PAUSED', 'Salat'),
    ];
    renderWithGraph(<Console />, mocks);
    expect(await screen.findByRole('heading', { name: 'Loket 1' })).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'p' });
    fireEvent.change(await screen.findByLabelText('Alasan istirahat'), { target: { value: 'Salat' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(paused).toHaveBeenCalled());
    await waitFor(() => expect(screen.getByTestId('console-paused')).toHaveTextContent('Salat'));
    expect(screen.getByRole('button', { name: /Lanjutkan/ })).toBeEnabled();
    expect(screen.getByRole('button', { name: /Panggil berikutnya/ })).toBeDisabled();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Panggil yang ini A-002' })).toBeDisabled());
  });

  it('ignores shortcuts while typing and with modifiers', () => {
    const input = document.createElement('input');
    expect(moveForKey({ key: 'n', ctrlKey: false, metaKey: false, altKey: false }, input)).toBeNull();
    expect(moveForKey({ key: 'n', ctrlKey: true, metaKey: false, altKey: false }, document.body)).toBeNull();
    expect(moveForKey({ key: 'N', ctrlKey: false, metaKey: false, altKey: false }, document.body)).toBe('callNext');
    expect(moveForKey({ key: 'q', ctrlKey: false, metaKey: false, altKey: false }, document.body)).toBeNull();
  });
});
