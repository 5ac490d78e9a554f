import { z } from 'zod';
import { baseConfigSchema, ConfigError, loadConfig, portSchema } from './load-config';
import { DEV_SECRETS } from './dev-secrets';

const schema = baseConfigSchema.extend({ PORT: portSchema.default(4001), QR_PRIVATE_KEY: z.string().min(32) });

describe('loadConfig', () => {
  it('fills secrets with development defaults outside production', () => {
    const config = loadConfig('test', schema, { NODE_ENV: 'development' }, { secrets: ['QR_PRIVATE_KEY'] });
    expect(config.QR_PRIVATE_KEY).toBe(DEV_SECRETS.QR_PRIVATE_KEY);
    expect(config.PORT).toBe(4001);
  });

  it('refuses to start in production without secrets, naming each once', () => {
    let message = '';
    try {
      loadConfig('identity', schema, { NODE_ENV: 'production' }, { secrets: ['QR_PRIVATE_KEY'] });
    } catch (error) {
      message = String(error);
    }
    expect(message).toMatch(/QR_PRIVATE_KEY: a secret, required in production mode/);
    expect(message.match(/QR_PRIVATE_KEY/g)).toHaveLength(1);
  });

  it('lets the environment win over defaults and lists every invalid value', () => {
    expect(loadConfig('test', schema, { PORT: '5000' }, { secrets: ['QR_PRIVATE_KEY'] }).PORT).toBe(5000);
    let error: unknown;
    try {
      loadConfig('test', schema, { PORT: 'many', NATS_URL: 'not a url' }, { secrets: ['QR_PRIVATE_KEY'] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toMatch(/PORT/);
    expect(String(error)).toMatch(/NATS_URL/);
  });
});
