import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@antrian/testing';
import { ManagedProcess } from './managed-process';

/** The nats-server binary the fault tests run: FAULTS_NATS_SERVER, else the Debian package's. */
export const NATS_SERVER_BIN = process.env.FAULTS_NATS_SERVER ?? '/usr/sbin/nats-server';

export function natsServerAvailable(): boolean {
  return existsSync(NATS_SERVER_BIN);
}

/**
 * A NATS server with JetStream of the test's own: own client port, own monitoring port, own
 * storage folder (`dataDir`). `kill()` is `kill -9`; `restart({ wipeData: true })` brings it back
 * without its data (streams, consumers and messages gone), as after losing a disk.
 */
export class NatsServer {
  readonly process: ManagedProcess;
  readonly dataDir: string;

  private constructor(
    readonly port: number,
    readonly monitorPort: number,
    runDir: string,
  ) {
    this.dataDir = join(runDir, 'nats-data');
    mkdirSync(this.dataDir, { recursive: true });
    this.process = new ManagedProcess({
      name: 'nats',
      command: NATS_SERVER_BIN,
      args: ['-a', '127.0.0.1', '-p', String(port), '-m', String(monitorPort), '-js', '-sd', this.dataDir],
      env: { PATH: process.env.PATH },
      cwd: runDir,
      runDir,
      ready: async () => (await fetch(`http://127.0.0.1:${monitorPort}/healthz?js-enabled-only=true`)).ok,
      readyTimeoutMs: 20_000,
    });
  }

  static async start(runDir: string): Promise<NatsServer> {
    const server = new NatsServer(await freePort(), await freePort(), runDir);
    await server.process.start();
    return server;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  /** `kill -9`. */
  kill(): Promise<void> {
    return this.process.kill('SIGKILL');
  }

  /** Starts it again on the same port, with its data or (wipeData) without. */
  async restart({ wipeData = false } = {}): Promise<void> {
    await this.process.kill('SIGKILL');
    if (wipeData) {
      rmSync(this.dataDir, { recursive: true, force: true });
      mkdirSync(this.dataDir, { recursive: true });
    }
    await this.process.start();
  }

  /** The monitoring endpoint's JetStream report (streams with their consumers and message counts). */
  async jsz(): Promise<JszReport> {
    const response = await fetch(`http://127.0.0.1:${this.monitorPort}/jsz?streams=true&consumers=true&config=true`);
    return (await response.json()) as JszReport;
  }

  /** Messages in one stream now (0 when it does not exist). */
  async streamMessages(stream: string): Promise<number> {
    const report = await this.jsz();
    const found = report.account_details
      ?.flatMap((account) => account.stream_detail ?? [])
      .find((detail) => detail.name === stream);
    return found?.state.messages ?? 0;
  }

  dispose(): Promise<void> {
    return this.process.dispose();
  }
}

export interface JszReport {
  streams: number;
  messages: number;
  account_details?: {
    stream_detail?: {
      name: string;
      config?: Record<string, unknown>;
      state: { messages: number; bytes: number; first_seq: number; last_seq: number };
      consumer_detail?: {
        name: string;
        config?: Record<string, unknown>;
        num_pending: number;
        num_ack_pending: number;
        num_redelivered: number;
      }[];
    }[];
  }[];
}
