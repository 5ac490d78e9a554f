import { z } from 'zod';
import { baseConfigSchema, ConfigError, loadConfig, portSchema } from './load-config';
import { DEV_SECRETS } from './dev-secrets';

const schema = baseConfigSchema.extend({ PORT: portSchema.default(4001), GATEWAY_SECRET: z.string().min(32) });

describe('loadConfig', () => {
  it('fills secrets with development defaults outside production', () => {
    const config = loadConfig('test', schema, { NODE_ENV: 'development' }, { secrets: ['GATEWAY_SECRET'] });
    expect(config.GATEWAY_SECRET).toBe(DEV_SECRETS.GATEWAY_SECRET);
    expect(config.PORT).toBe(4001);
  });

  it('refuses to start in production without secrets, naming each once', () => {
    let message = '';
    try {
      loadConfig('identity', schema, { NODE_ENV: 'production' }, { secrets: ['GATEWAY_SECRET'] });
    } catch (error) {
      message = String(error);
    }
    expect(message).toMatch(/GATEWAY_SECRET: a secret, required in production mode/);
    expect(message.match(/GATEWAY_SECRET/g)).toHaveLength(1);
  });

  it('lets the environment win over defaults and lists every invalid value', () => {
    expect(loadConfig('test', schema, { PORT: '5000' }, { secrets: ['GATEWAY_SECRET'] }).PORT).toBe(5000);
    let error: unknown;
    try {
      loadConfig('test', schema, { PORT: 'many', NATS_URL: 'not a url' }, { secrets: ['GATEWAY_SECRET'] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toMatch(/PORT/);
    expect(String(error)).toMatch(/NATS_URL/);
  });
});
