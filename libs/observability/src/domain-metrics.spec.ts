import {
  DEAD_LETTERS_OPEN,
  defineOpenCountGauges,
  RECONCILIATION_CASES_OPEN,
  registerOpenCount,
} from './domain-metrics';
import { scrapeMetrics } from './metrics-registry';

describe('gauges of open cases', () => {
  it('read 0 until a service registers its source, then ask it at every scrape', async () => {
    defineOpenCountGauges();
    expect((await scrapeMetrics()).body).toMatch(new RegExp(`^${DEAD_LETTERS_OPEN} 0$`, 'm'));
    let open = 3;
    const unregister = registerOpenCount(DEAD_LETTERS_OPEN, { countOpen: async () => open });
    expect((await scrapeMetrics()).body).toMatch(new RegExp(`^${DEAD_LETTERS_OPEN} 3$`, 'm'));
    open = 1;
    expect((await scrapeMetrics()).body).toMatch(new RegExp(`^${DEAD_LETTERS_OPEN} 1$`, 'm'));
    unregister();
    expect((await scrapeMetrics()).body).toMatch(new RegExp(`^${RECONCILIATION_CASES_OPEN} 0$`, 'm'));
  });

  it('keeps the scrape going when a source fails', async () => {
    registerOpenCount(RECONCILIATION_CASES_OPEN, { countOpen: () => Promise.reject(new Error('database away')) });
    const { body } = await scrapeMetrics();
    expect(body).toContain(`# TYPE ${RECONCILIATION_CASES_OPEN} gauge`);
    expect(body).toContain(DEAD_LETTERS_OPEN);
  });
});
