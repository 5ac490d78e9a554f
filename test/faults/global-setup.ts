import { natsServerAvailable, NATS_SERVER_BIN } from './harness/nats-server';
import { killRecordedProcesses } from './harness/run-dir';
import embeddedSetup from '../../libs/testing/src/global-setup';

/** Fault tests: clear what an interrupted run left behind, then the usual database setup. */
export default async function globalSetup(): Promise<void> {
  const killed = killRecordedProcesses();
  if (killed > 0) console.log(`\nkilled ${killed} process(es) left behind by an interrupted fault run`);
  if (!natsServerAvailable()) {
    console.log(
      `\n${NATS_SERVER_BIN} is missing: the fault tests are SKIPPED (install nats-server, or set FAULTS_NATS_SERVER).`,
    );
  }
  await embeddedSetup();
}
