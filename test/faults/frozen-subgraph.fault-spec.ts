import { waitFor } from '@antrian/testing';
import { describeFaults, figure, stopAllStacks, withFaultStack } from './harness';

const SUBGRAPH_TIMEOUT_MS = 2000;
const BOARD = `query ($id: ID!) { queueBoard(officeId: $id) { officeId queues { stage waiting } } }`;

/**
 * The counter frozen (SIGSTOP: its sockets open, answering nothing). Before, a board query waited
 * as long as the client would (25 s seen); now the gateway gives up after SUBGRAPH_TIMEOUT_MS
 * with SERVICE_UNAVAILABLE, and scheduling's part of the graph goes on answering.
 */
describeFaults('a frozen subgraph', () => {
  afterAll(() => stopAllStacks());

  it('answers a board query within the subgraph timeout with SERVICE_UNAVAILABLE; other subgraphs are unaffected', async () => {
    await withFaultStack(
      {
        label: 'frozen',
        services: ['scheduling', 'counter'],
        processEnv: { gateway: { SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS) } },
      },
      async (stack) => {
        const office = await stack.client.openOffice();
        expect((await stack.client.gql(BOARD, { id: office.officeId })).errors).toBeUndefined();

        stack.service('counter').pause();
        try {
          const started = Date.now();
          const board = await stack.client.gql(BOARD, { id: office.officeId });
          const waited = Date.now() - started;
          figure('frozen counter: board query answered after', waited, 'ms');
          expect(board.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
          expect(board.errors?.[0]?.message).not.toMatch(/127\.0\.0\.1|timeout|abort|fetch/i);
          expect(waited).toBeGreaterThanOrEqual(SUBGRAPH_TIMEOUT_MS - 100);
          expect(waited).toBeLessThan(SUBGRAPH_TIMEOUT_MS + 1500);

          // Scheduling answers as usual meanwhile, several requests at once included.
          const offices = await Promise.all(
            Array.from({ length: 5 }, async () => {
              const asked = Date.now();
              const response = await stack.client.gql<{ office: { id: string } }>(
                `query ($id: ID!) { office(id: $id) { id } }`,
                { id: office.officeId },
              );
              return { response, ms: Date.now() - asked };
            }),
          );
          for (const { response } of offices) expect(response.data?.office.id).toBe(office.officeId);
          const slowest = Math.max(...offices.map(({ ms }) => ms));
          figure('frozen counter: slowest scheduling query meanwhile', slowest, 'ms');
          expect(slowest).toBeLessThan(1500);
        } finally {
          stack.service('counter').resume();
        }

        // Thawed, the counter answers again.
        await waitFor(
          async () => ((await stack.client.gql(BOARD, { id: office.officeId })).errors ? undefined : true),
          10_000,
          'the board after the counter is thawed',
        );
      },
    );
  });
});
