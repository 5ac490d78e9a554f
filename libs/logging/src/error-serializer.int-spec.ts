import { Writable } from 'node:stream';
import { Client } from 'pg';
import { QueryFailedError } from 'typeorm';
import { createLogger } from './logger';
import { safeErrorForLog } from './error-serializer';

const NIK = '3505015708900002';

/** A real unique violation on a NIK from PostgreSQL, whose `detail` names the NIK. */
async function uniqueViolationOnNik(): Promise<Error> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query('CREATE TEMP TABLE applicant (nik text UNIQUE)');
    await client.query('INSERT INTO applicant (nik) VALUES ($1)', [NIK]);
    await client.query('INSERT INTO applicant (nik) VALUES ($1)', [NIK]);
    throw new Error('the second insert should have failed');
  } catch (error) {
    return error as Error;
  } finally {
    await client.end();
  }
}

describe('logging an unexpected error', () => {
  it('never writes PostgreSQL’s detail, a query’s parameters or the NIK in them, under err or error', async () => {
    const driverError = await uniqueViolationOnNik();
    expect((driverError as { detail?: string }).detail).toContain(NIK);
    const typeormError = new QueryFailedError('INSERT INTO applicant (nik) VALUES ($1)', [NIK], driverError);

    let output = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        output += String(chunk);
        done();
      },
    });
    const logger = createLogger('test', 'info', sink);
    logger.error({ err: driverError }, 'insert failed');
    logger.error({ err: typeormError }, 'insert failed');
    logger.error({ error: typeormError }, 'insert failed');
    logger.error({ error: { originalError: typeormError } }, 'resolver failed');
    logger.warn({ err: new Error('outer', { cause: typeormError }) }, 'wrapped');

    expect(output).not.toContain(NIK);
    expect(output).not.toContain('Key (nik)');
    const lines = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    expect(lines[1].err).toMatchObject({ type: 'QueryFailedError', code: '23505' });
    expect(lines[1].err.message).toMatch(/duplicate key value violates unique constraint/);
    expect(lines[2].error).toMatchObject({ type: 'QueryFailedError', code: '23505' });
    expect(lines[4].err.cause).toMatchObject({ type: 'QueryFailedError' });
  });

  it('keeps what is safe of anything thrown, and changes nothing when applied twice', () => {
    const once = safeErrorForLog(new QueryFailedError('SELECT 1', [NIK], new Error('boom')));
    expect(safeErrorForLog(once)).toEqual(once);
    expect(safeErrorForLog('plain words')).toEqual({ message: 'plain words' });
    expect(safeErrorForLog(Object.assign(new Error('gone'), { code: 'ECONNRESET', host: 'db' }))).toMatchObject({
      type: 'Error',
      message: 'gone',
      code: 'ECONNRESET',
    });
  });
});
