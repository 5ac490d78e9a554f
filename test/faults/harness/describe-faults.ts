import { natsServerAvailable, NATS_SERVER_BIN } from './nats-server';

/** `describe` where nats-server is installed, `describe.skip` (with the reason in the title) elsewhere. */
export const describeFaults: (name: string, body: () => void) => void = natsServerAvailable()
  ? describe
  : (name, body) => describe.skip(`${name} (skipped: ${NATS_SERVER_BIN} is missing)`, body);

/** A figure for the run's summary: printed and written to the run's log. */
export function figure(name: string, value: number | string, unit = ''): void {
  console.log(`FIGURE ${name}: ${value}${unit ? ` ${unit}` : ''}`);
}
