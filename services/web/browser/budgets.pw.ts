import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { chromiumPath } from './chromium';
import { SIZES, webUrl } from './helpers';

test.skip(!chromiumPath(), 'Chromium is not installed (apt-get install chromium)');

const FIGURES = join(__dirname, '..', 'test-results', 'budgets.json');
const figures: Record<string, number> = {};

test.afterAll(() => {
  mkdirSync(join(FIGURES, '..'), { recursive: true });
  writeFileSync(FIGURES, JSON.stringify(figures, null, 2));
  console.log('budgets', JSON.stringify(figures));
});

/** The JavaScript a first visit loads, gzip-compressed as the production web server sends it. */
async function firstLoadJs(page: Page, path: string, ready: RegExp): Promise<{ raw: number; gzip: number }> {
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  await page.goto(webUrl(path));
  await expect(page.getByText(ready).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(bodies);
  return {
    raw: all.reduce((sum, body) => sum + body.length, 0),
    gzip: all.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
  };
}

test('the kiosk and the board load under 200 kB of compressed JavaScript', async ({ browser }) => {
  for (const [name, path, ready, size] of [
    ['kiosk', '/kiosk', /Pasang kiosk ini/, SIZES.kiosk],
    ['board', '/papan/BLITAR', /Penerimaan berkas/, SIZES.tv],
  ] as const) {
    const context = await browser.newContext({ viewport: size });
    const js = await firstLoadJs(await context.newPage(), path, ready);
    figures[`${name}FirstLoadJsGzipKb`] = Math.round(js.gzip / 102.4) / 10;
    figures[`${name}FirstLoadJsRawKb`] = Math.round(js.raw / 102.4) / 10;
    expect(js.gzip).toBeLessThan(200 * 1024);
    await context.close();
  }
});

const OFFICE = {
  id: 'o-budget',
  code: 'BLITAR',
  name: 'Kantor Imigrasi Blitar',
  timeZone: 'Asia/Jakarta',
  __typename: 'Office',
};
function boardAt(update: number) {
  const call = (n: number) => ({
    __typename: 'CounterCall',
    counter: { __typename: 'Counter', id: `c-${n % 4}`, name: `Loket ${(n % 4) + 1}`, status: 'OPEN' },
    announcement: `Nomor antrian A-${String(n % 1000).padStart(3, '0')}, silakan menuju Loket ${(n % 4) + 1}.`,
    ticket: {
      __typename: 'Ticket',
      id: `t-${n}`,
      number: `A-${String(n % 1000).padStart(3, '0')}`,
      stage: 'RECEPTION',
      status: 'CALLED',
      callCount: 1,
      calledAt: new Date(1_800_000_000_000 + n * 1000).toISOString(),
    },
  });
  return {
    __typename: 'QueueBoard',
    officeId: OFFICE.id,
    date: '2026-11-30',
    updatedAt: new Date(1_800_000_000_000 + update * 1000).toISOString(),
    nowServing: [0, 1, 2, 3].filter((k) => update - k >= 0).map((k) => call(update - k)),
    queues: ['RECEPTION', 'INTERVIEW', 'ADJUDICATION', 'PICKUP'].map((stage, k) => ({
      __typename: 'StageQueue',
      stage,
      waiting: (update * (k + 1)) % 37,
      averageWaitSeconds: 60 * ((update + k) % 20),
    })),
  };
}

test('a board that has shown 1,000 updates holds its JavaScript heap flat', async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ viewport: SIZES.tv });
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: { speak: () => undefined, cancel: () => undefined } });
  });
  // The graph is played by the test: the same messages the gateway sends, 1,000 times over.
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() as { operationName: string };
    const data = body.operationName === 'BoardOffices' ? { offices: [OFFICE] } : { queueBoard: boardAt(0) };
    await route.fulfill({ json: { data }, headers: { 'access-control-allow-origin': '*' } });
  });
  let send: ((update: number) => void) | undefined;
  await page.routeWebSocket(/\/graphql$/, (ws) => {
    ws.onMessage((message) => {
      const frame = JSON.parse(String(message)) as { type: string; id?: string };
      if (frame.type === 'connection_init') ws.send(JSON.stringify({ type: 'connection_ack' }));
      if (frame.type === 'subscribe') {
        send = (update) =>
          ws.send(
            JSON.stringify({ id: frame.id, type: 'next', payload: { data: { queueBoardChanged: boardAt(update) } } }),
          );
      }
    });
  });
  await page.goto(webUrl('/papan/BLITAR'));
  await expect.poll(() => !!send).toBe(true);
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const latest = page.getByTestId('latest-call');
  const show = async (from: number, to: number) => {
    // Ten messages at a time (each its own WebSocket frame, each rendered), then a check that the
    // board caught up: a round trip per message would make this test slow on a busy machine.
    for (let update = from; update <= to; update++) {
      send!(update);
      if (update % 10 === 0 || update === to) {
        await expect(latest).toContainText(boardAt(update).nowServing[0].ticket.number);
      }
    }
  };
  await show(1, 200); // warm-up
  const before = await heap();
  await show(201, 1200);
  const after = await heap();
  figures.boardHeapBeforeMb = Math.round(before / 10_485.76) / 100;
  figures.boardHeapAfter1000UpdatesMb = Math.round(after / 10_485.76) / 100;
  figures.boardHeapGrowthPercent = Math.round(((after - before) / before) * 1000) / 10;
  expect(after).toBeLessThan(before * 1.1);
  await context.close();
});
