import { Writable } from 'node:stream';
import { createLogger } from './logger';

describe('createLogger', () => {
  it('never writes personal data or secrets, however deep they sit', () => {
    let output = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        output += String(chunk);
        done();
      },
    });
    const logger = createLogger('test', 'info', sink);
    logger.info(
      { input: { nik: '3505014501900001', password: 'secret-password', phone: '+6281234567890' }, outcome: 'ok' },
      'register',
    );
    logger.warn({ req: { headers: { authorization: 'Bearer abc.def.ghi' } } }, 'request');
    expect(output).toContain('register');
    expect(output).toContain('"outcome":"ok"');
    expect(output).not.toContain('3505014501900001');
    expect(output).not.toContain('secret-password');
    expect(output).not.toContain('6281234567890');
    expect(output).not.toContain('abc.def.ghi');
  });
});
