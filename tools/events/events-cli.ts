import { parseArgs } from 'node:util';
import { loadCounterConfig } from '../../services/counter/src/config/counter.config';
import { loadIdentityConfig } from '../../services/identity/src/config/identity.config';
import { loadSchedulingConfig } from '../../services/scheduling/src/config/scheduling.config';
import { openDeadLetters, republishSince, requestDeadLetterReplay, snapshotOffices } from './events-commands';

const USAGE = `Usage:
  npm run events:republish -- --service <identity|scheduling|counter> --since <ISO time> [--database-url <url>]
  npm run events:republish -- --service scheduling --snapshot-offices
  npm run events:replay-dead-letters -- --service <name> [--consumer <durable>] [--id <n> ...] [--list]

The service's database is the one its own settings name (DATABASE_URL), unless --database-url is given.`;

/** The command's report goes to standard output, as any command line tool's. */
const say = (line: string) => void process.stdout.write(`${line}\n`);

const CONFIGS: Record<string, () => { DATABASE_URL: string }> = {
  identity: () => loadIdentityConfig(),
  scheduling: () => loadSchedulingConfig(),
  counter: () => loadCounterConfig(),
};

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      service: { type: 'string' },
      since: { type: 'string' },
      'database-url': { type: 'string' },
      consumer: { type: 'string' },
      id: { type: 'string', multiple: true },
      list: { type: 'boolean' },
      'snapshot-offices': { type: 'boolean' },
    },
  });
  const service = values.service ?? '';
  if (!CONFIGS[service]) throw new Error(`--service must be one of ${Object.keys(CONFIGS).join(', ')}\n\n${USAGE}`);
  const databaseUrl = values['database-url'] ?? CONFIGS[service]().DATABASE_URL;

  if (command === 'republish') {
    if (values['snapshot-offices']) {
      if (service !== 'scheduling') throw new Error('--snapshot-offices is scheduling’s');
      say(`appended a snapshot of ${await snapshotOffices(databaseUrl)} office(s) to scheduling's outbox`);
      return;
    }
    const since = new Date(values.since ?? '');
    if (Number.isNaN(since.getTime())) throw new Error(`--since needs an ISO 8601 time\n\n${USAGE}`);
    const { requeued, oldestKept } = await republishSince(databaseUrl, since);
    say(`${service}: ${requeued} event(s) since ${since.toISOString()} handed back to the relay`);
    if (oldestKept && oldestKept > since) {
      console.warn(
        `warning: the outbox keeps events from ${oldestKept.toISOString()} on (OUTBOX_RETENTION_HOURS); older ones cannot be republished`,
      );
    }
    return;
  }
  if (command === 'replay-dead-letters') {
    if (!values.list) {
      const asked = await requestDeadLetterReplay(databaseUrl, { consumer: values.consumer, ids: values.id });
      say(`${service}: ${asked} dead letter(s) to be replayed by the running consumers`);
    }
    for (const row of await openDeadLetters(databaseUrl)) say(`  open: ${row.consumer} ${row.reason} ${row.count}`);
    return;
  }
  throw new Error(USAGE);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
