import { generateKeyPairSync } from 'node:crypto';
import { join, resolve } from 'node:path';
import { DEV_SECRETS } from '@antrian/config';
import { corsOrigins, DEFAULT_SUPERGRAPH_PATH, loadGatewayConfig, subgraphUrls } from './gateway.config';

describe('loadGatewayConfig', () => {
  it('runs locally with no settings at all', () => {
    const config = loadGatewayConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      GATEWAY_PORT: 4000,
      GATEWAY_HOST: '0.0.0.0',
      SUPERGRAPH_PATH: DEFAULT_SUPERGRAPH_PATH,
      AUTH_PUBLIC_KEY: DEV_SECRETS.AUTH_PUBLIC_KEY,
      GATEWAY_PRIVATE_KEY: DEV_SECRETS.GATEWAY_PRIVATE_KEY,
      MAX_DEPTH: 8,
      MAX_ALIASES: 15,
      MAX_BODY_BYTES: 102400,
    });
    expect(config.NATS_URL).toBeUndefined();
    expect(DEFAULT_SUPERGRAPH_PATH).toBe(join(__dirname, '..', '..', 'supergraph.graphql'));
    expect(subgraphUrls(config)).toEqual({
      identity: 'http://127.0.0.1:4001/graphql',
      scheduling: 'http://127.0.0.1:4002/graphql',
      counter: 'http://127.0.0.1:4003/graphql',
    });
  });

  it('takes every setting from the environment', () => {
    const config = loadGatewayConfig({
      GATEWAY_PORT: '0',
      SUPERGRAPH_PATH: 'tmp/supergraph.graphql',
      COUNTER_URL: 'http://counter:4003/graphql',
      NATS_URL: 'nats://nats:4222',
      MAX_DEPTH: '5',
      AUTH_PUBLIC_KEY: DEV_SECRETS.QR_PUBLIC_KEY.replace(/\n/g, '\\n'),
    });
    expect(config.GATEWAY_PORT).toBe(0);
    expect(config.SUPERGRAPH_PATH).toBe(resolve('tmp/supergraph.graphql'));
    expect(subgraphUrls(config).counter).toBe('http://counter:4003/graphql');
    expect(config.NATS_URL).toBe('nats://nats:4222');
    expect(config.MAX_DEPTH).toBe(5);
    expect(config.AUTH_PUBLIC_KEY).toBe(DEV_SECRETS.QR_PUBLIC_KEY);
  });

  it('refuses to start in production without its secrets', () => {
    expect(() => loadGatewayConfig({ NODE_ENV: 'production' })).toThrow(
      /AUTH_PUBLIC_KEY: a secret, required in production mode[\s\S]*GATEWAY_PRIVATE_KEY: a secret/,
    );
  });

  it('rejects nonsense limits and addresses', () => {
    const load = () => loadGatewayConfig({ MAX_ALIASES: '0', IDENTITY_URL: 'identity' });
    expect(load).toThrow(/MAX_ALIASES/);
    expect(load).toThrow(/IDENTITY_URL/);
  });

  it('allows browsers from any origin in development, and only the listed ones in production', () => {
    // Production refuses the development secrets: a key and a secret of its own.
    const production = {
      NODE_ENV: 'production',
      AUTH_PUBLIC_KEY: generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      GATEWAY_PRIVATE_KEY: generateKeyPairSync('ed25519')
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString(),
    };
    expect(corsOrigins(loadGatewayConfig({}))).toBe(true);
    expect(corsOrigins(loadGatewayConfig(production))).toBe(false);
    expect(
      corsOrigins(
        loadGatewayConfig({ ...production, CORS_ORIGINS: 'https://antrian.example.id, https://papan.example.id' }),
      ),
    ).toEqual(['https://antrian.example.id', 'https://papan.example.id']);
    expect(corsOrigins(loadGatewayConfig({ ...production, CORS_ORIGINS: '*' }))).toBe(true);
  });
});
