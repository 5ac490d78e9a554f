import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * The subscribers of `bench:fanout`, in a process of their own (forked by fanout.bench.ts), so
 * that the gateway's process measures the gateway and not ten thousand clients parsing their
 * payloads. Driven over IPC; every arrival is stamped on the epoch clock
 * (`performance.timeOrigin + performance.now()`), which the parent shares.
 */

interface Board {
  queues: { stage: string; waiting: number }[];
}

export type ClientCommand =
  | {
      op: 'open';
      seq: number;
      set: string;
      url: string;
      count: number;
      /** graphql-ws subscriptions; absent: bare WebSockets. */
      subscription?: { query: string; field: string; variables: Record<string, unknown>; tokens?: string[] };
    }
  | { op: 'arm'; seq: number; set: string }
  | { op: 'collect'; seq: number; set: string }
  | { op: 'close'; seq: number; set: string }
  | { op: 'usage'; seq: number };

interface Watcher {
  latest?: Board;
  /** Called with each payload while armed. */
  onPayload?: (board: Board | undefined) => void;
}

interface ClientSet {
  watchers: Watcher[];
  dispose: () => Promise<void>;
  /** The arrivals of the armed round: one stamp per watcher. */
  round?: Promise<number[]>;
}

const now = () => performance.timeOrigin + performance.now();
const sets = new Map<string, ClientSet>();
/** Subscriptions opened again (see openGraphql). */
let retries = 0;
/** Set while a set is being closed: its subscriptions' ends are expected. */
let closing = false;
const waitingAtReception = (board: Board | undefined) =>
  board?.queues.find((q) => q.stage === 'RECEPTION')?.waiting ?? 0;

async function openGraphql(command: Extract<ClientCommand, { op: 'open' }>): Promise<ClientSet> {
  const subscription = command.subscription!;
  const clients: Client[] = [];
  const watchers: Watcher[] = [];
  /**
   * A subscription whose first payload is an error (a subgraph too busy to answer the subscribe
   * storm) or whose socket is reset is opened again, later each time.
   */
  const open = (i: number, attempt = 0): void => {
    const client = createClient({
      url: command.url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      connectionParams: subscription.tokens ? { authorization: `Bearer ${subscription.tokens[i]}` } : undefined,
    });
    clients[i] = client;
    const watcher = (watchers[i] ??= {});
    let retried = false;
    const retry = (why: string) => {
      if (watcher.latest || retried) return closing || why === 'completed' ? undefined : console.error(why);
      retried = true;
      retries += 1;
      if (attempt >= 20) return console.error(`gave up after 20 attempts: ${why}`);
      void client.dispose();
      setTimeout(() => open(i, attempt + 1), 250 * (attempt + 1));
    };
    client.subscribe<Record<string, Board>>(
      { query: subscription.query, variables: subscription.variables },
      {
        next: ({ data, errors }) => {
          if (errors?.length) return retry(`subscription errors ${JSON.stringify(errors)}`);
          watcher.latest = data![subscription.field];
          watcher.onPayload?.(watcher.latest);
        },
        error: (error) => retry(`subscription error ${String(error)}`),
        complete: () => retry('completed'),
      },
    );
  };
  // A hundred at a time: a shared machine resets connections that arrive in one burst.
  const arrived = () => watchers.filter((w) => w.latest).length;
  for (let i = 0; i < command.count; i += 1) {
    open(i);
    if ((i + 1) % 100 === 0 || i + 1 === command.count) {
      while (arrived() < i + 1) await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  return { watchers, dispose: async () => void (await Promise.all(clients.map((c) => c.dispose()))) };
}

async function openBare(command: Extract<ClientCommand, { op: 'open' }>): Promise<ClientSet> {
  const connect = (): Promise<WebSocket> =>
    new Promise<WebSocket>((resolve) => {
      const socket = new WebSocket(command.url);
      socket.once('open', () => resolve(socket));
      socket.once('error', () => setTimeout(() => resolve(connect()), 200));
    });
  const sockets: WebSocket[] = [];
  for (let i = 0; i < command.count; i += 100) {
    sockets.push(...(await Promise.all(Array.from({ length: Math.min(100, command.count - i) }, connect))));
  }
  const watchers: Watcher[] = sockets.map(() => ({}));
  sockets.forEach((socket, i) => socket.on('message', () => watchers[i].onPayload?.(undefined)));
  return {
    watchers,
    dispose: async () => {
      for (const socket of sockets) socket.close();
    },
  };
}

/** Arms every watcher of the set: a board that shows one more ticket waiting (any message, bare). */
function arm(set: ClientSet, bare: boolean): void {
  const expected = waitingAtReception(set.watchers[0]?.latest) + 1;
  set.round = Promise.all(
    set.watchers.map(
      (watcher) =>
        new Promise<number>((resolve) => {
          watcher.onPayload = (board) => {
            if (!bare && waitingAtReception(board) < expected) return;
            const at = now();
            watcher.onPayload = undefined;
            resolve(at);
          };
        }),
    ),
  );
}

const bareSets = new Set<string>();

process.on('message', (command: ClientCommand) => {
  const reply = (body: Record<string, unknown>) => process.send!({ seq: command.seq, ...body });
  void (async () => {
    try {
      switch (command.op) {
        case 'open': {
          const set = command.subscription ? await openGraphql(command) : await openBare(command);
          if (!command.subscription) bareSets.add(command.set);
          sets.set(command.set, set);
          return reply({ ok: true });
        }
        case 'arm':
          arm(sets.get(command.set)!, bareSets.has(command.set));
          return reply({ ok: true });
        case 'collect':
          return reply({ arrivals: await sets.get(command.set)!.round });
        case 'close': {
          const set = sets.get(command.set);
          sets.delete(command.set);
          closing = true;
          await set?.dispose();
          closing = false;
          return reply({ ok: true });
        }
        case 'usage':
          return reply({ cpu: process.cpuUsage(), rss: process.memoryUsage().rss, retries });
      }
    } catch (error) {
      reply({ error: error instanceof Error ? error.message : String(error) });
    }
  })();
});
process.send!({ seq: 0, ready: true });
