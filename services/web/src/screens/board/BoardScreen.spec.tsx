import { screen, waitFor } from '@testing-library/react';
import { renderWithGraph, useLanguage } from '../../testing/render';
import { Board, BoardChanged } from './board.operations';
import { LiveBoard } from './BoardScreen';

const call = (id: string, number: string, counter: string, callCount = 1, status = 'OPEN') => ({
  counter: { id: `c-${counter}`, name: counter, status },
  // The graph's own words (in the language the board asked for), not a local template.
  announcement: `Nomor antrian ${number}, silakan ke ${counter} (dari graf).`,
  ticket: { id, number, stage: 'RECEPTION', status: 'CALLED', callCount, calledAt: '2026-11-30T02:00:00Z' },
});
const counter = (name: string, status = 'OPEN') => ({ id: `c-${name}`, name, status });
const board = (nowServing: ReturnType<typeof call>[], counters = nowServing.map((c) => c.counter)) => ({
  officeId: 'o-1',
  date: '2026-11-30',
  updatedAt: '2026-11-30T02:00:00Z',
  nowServing,
  counters,
  queues: [
    { stage: 'RECEPTION', waiting: 4, averageWaitSeconds: 300 },
    { stage: 'INTERVIEW', waiting: 0, averageWaitSeconds: null },
  ],
});

describe('the board', () => {
  const spoken: { text: string; lang: string }[] = [];
  beforeAll(async () => {
    await useLanguage('id');
    class Utterance {
      lang = '';
      rate = 1;
      constructor(public text: string) {}
    }
    Object.assign(window, {
      SpeechSynthesisUtterance: Utterance,
      speechSynthesis: { speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang }) },
    });
  });

  it('shows the latest call large, waiting per stage, and speaks only calls made after it opened', async () => {
    const mocks = [
      {
        request: { query: Board, variables: { officeId: 'o-1', language: 'INDONESIAN' } },
        result: { data: { queueBoard: board([call('t-1', 'A-001', 'Loket 1')]) } },
      },
      {
        request: { query: BoardChanged, variables: { officeId: 'o-1', language: 'INDONESIAN' } },
        result: {
          data: {
            queueBoardChanged: board(
              [call('t-2', 'A-002', 'Loket 2'), call('t-1', 'A-001', 'Loket 1', 1, 'PAUSED')],
              [
                counter('Loket 1', 'PAUSED'),
                counter('Loket 2'),
                counter('Loket 3', 'PAUSED'),
                counter('Loket 4', 'CLOSED'),
              ],
            ),
          },
        },
        delay: 50,
      },
    ];
    renderWithGraph(<LiveBoard officeId="o-1" officeName="Blitar" />, mocks);
    await waitFor(() => expect(screen.getByTestId('latest-call')).toHaveTextContent('A-002'));
    expect(screen.getByTestId('latest-call')).toHaveTextContent('Loket 2');
    expect(screen.getByText('Penerimaan berkas')).toBeInTheDocument();
    expect(screen.getByText('4 orang')).toBeInTheDocument();
    expect(spoken).toEqual([{ text: 'Nomor antrian A-002, silakan ke Loket 2 (dari graf).', lang: 'id-ID' }]);
    // Loket 1 and Loket 3 (no ticket at it) are on a break: listed as paused, with no reason on the public screen.
    expect(screen.getByTestId('paused-counters')).toHaveTextContent('Loket istirahat');
    expect(screen.getByTestId('paused-counters')).toHaveTextContent('Loket 1');
    expect(screen.getByTestId('paused-counters')).toHaveTextContent('Loket 3');
    expect(screen.getByTestId('paused-counters')).not.toHaveTextContent('Loket 2');
    expect(screen.getByTestId('paused-counters')).not.toHaveTextContent('Loket 4');
  });
});
