import { globalTeardown } from '../../libs/testing/src/global-setup';
import { killRecordedProcesses } from './harness/run-dir';

export default async function teardown(): Promise<void> {
  // FAULTS_KEEP_LOGS=1 keeps every run folder (logs, NATS data) under FAULTS_DIR for a look after.
  killRecordedProcesses(process.env.FAULTS_KEEP_LOGS === '1');
  await globalTeardown();
}
