import { Writable } from 'node:stream';
import { createLogger, Logger } from '@antrian/logging';

export interface LogCapture {
  logger: Logger;
  /** Every line written so far, parsed. */
  lines(): Record<string, unknown>[];
  /** The lines at error level or above (pino: 50 error, 60 fatal). */
  errors(): Record<string, unknown>[];
  /** Everything written so far, as written. */
  text(): string;
}

/** A logger (with the real redaction and serializers) whose output a test can read. */
export function captureLogs(name = 'test', level = 'info'): LogCapture {
  let output = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      output += String(chunk);
      done();
    },
  });
  const logger = createLogger(name, level, sink);
  const lines = () =>
    output
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, lines, errors: () => lines().filter((line) => Number(line.level) >= 50), text: () => output };
}
