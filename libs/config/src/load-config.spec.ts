import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { baseConfigSchema, ConfigError, loadConfig, portSchema, readyRequiresNatsShape } from './load-config';
import { DEV_SECRETS } from './dev-secrets';
import { keyFingerprint, settingsHoldingDevSecrets } from './dev-secret-guard';

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

  it('reads READY_REQUIRES_NATS as a flag that is on unless set to false, and nothing else', () => {
    const readiness = baseConfigSchema.extend(readyRequiresNatsShape);
    expect(loadConfig('test', readiness, {}).READY_REQUIRES_NATS).toBe(true);
    expect(loadConfig('test', readiness, { READY_REQUIRES_NATS: 'false' }).READY_REQUIRES_NATS).toBe(false);
    expect(() => loadConfig('test', readiness, { READY_REQUIRES_NATS: 'no' })).toThrow(/READY_REQUIRES_NATS/);
  });
});

describe('development secrets outside development and test', () => {
  const secretSchema = baseConfigSchema.extend({ BOOTSTRAP_ADMIN_PASSWORD: z.string().min(8) });
  const devPrivateKey = createPrivateKey(DEV_SECRETS.AUTH_PRIVATE_KEY);
  const production = (env: Record<string, string>) => () =>
    loadConfig('identity', secretSchema, { NODE_ENV: 'production', ...env }, { secrets: ['BOOTSTRAP_ADMIN_PASSWORD'] });

  it('refuses every entry of DEV_SECRETS, naming the setting and never the value', () => {
    for (const [name, value] of Object.entries(DEV_SECRETS)) {
      expect(settingsHoldingDevSecrets({ [name]: value })).toEqual([name]);
    }
    let message = '';
    try {
      production({ BOOTSTRAP_ADMIN_PASSWORD: DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD })();
    } catch (error) {
      message = String(error);
    }
    expect(message).toMatch(/BOOTSTRAP_ADMIN_PASSWORD: holds a development secret/);
    expect(message).not.toContain(DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD);
  });

  it('knows a development key by its fingerprint in any form and under any name', () => {
    const forms = {
      LITERAL_NEWLINES: DEV_SECRETS.AUTH_PUBLIC_KEY.replace(/\n/g, '\\n'),
      CRLF: DEV_SECRETS.AUTH_PUBLIC_KEY.replace(/\n/g, '\r\n'),
      PUBLIC_HALF_OF_THE_PRIVATE_KEY: createPublicKey(devPrivateKey).export({ type: 'spki', format: 'pem' }).toString(),
      PRIVATE_KEY_FOR_A_PUBLIC_ONE: DEV_SECRETS.AUTH_PRIVATE_KEY,
      QR_KEY_AS_AUTH_KEY: DEV_SECRETS.QR_PUBLIC_KEY,
    };
    expect(settingsHoldingDevSecrets(forms)).toEqual(Object.keys(forms).sort());
    expect(keyFingerprint(forms.CRLF)).toBe(keyFingerprint(DEV_SECRETS.AUTH_PRIVATE_KEY));
    expect(() => production({ BOOTSTRAP_ADMIN_PASSWORD: 'x'.repeat(40), AUTH_PUBLIC_KEY: forms.CRLF })()).toThrow(
      /AUTH_PUBLIC_KEY: holds a development secret/,
    );
  });

  it('accepts keys and secrets of one’s own in production, and the development ones in development and test', () => {
    const own = generateKeyPairSync('ed25519');
    const ownSecrets = {
      BOOTSTRAP_ADMIN_PASSWORD: randomBytes(32).toString('hex'),
      AUTH_PRIVATE_KEY: own.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      AUTH_PUBLIC_KEY: own.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
    expect(settingsHoldingDevSecrets(ownSecrets)).toEqual([]);
    expect(production(ownSecrets)().BOOTSTRAP_ADMIN_PASSWORD).toBe(ownSecrets.BOOTSTRAP_ADMIN_PASSWORD);
    for (const NODE_ENV of ['development', 'test']) {
      expect(
        loadConfig('test', secretSchema, { NODE_ENV, BOOTSTRAP_ADMIN_PASSWORD: DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD })
          .BOOTSTRAP_ADMIN_PASSWORD,
      ).toBe(DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD);
    }
  });
});
