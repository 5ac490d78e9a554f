import { DEV_SECRETS, settingsHoldingDevSecrets } from '@antrian/config';

/** Where `npm start` listens unless GATEWAY_HOST or HOST say otherwise: this machine only. */
export const LAUNCHER_DEFAULT_HOST = '127.0.0.1';

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * The hosts `npm start` listens on (the environment wins), and a warning for each one that other
 * machines can reach while a development secret is in force (one not set, or set to its public
 * value): anyone who reaches the gateway could then sign in or mint tokens with them.
 */
export function launcherHosts(env: Record<string, string | undefined>): {
  gatewayHost: string;
  subgraphHost: string;
  warnings: string[];
} {
  const gatewayHost = env.GATEWAY_HOST || LAUNCHER_DEFAULT_HOST;
  const subgraphHost = env.HOST || LAUNCHER_DEFAULT_HOST;
  const held = new Set(settingsHoldingDevSecrets(env));
  const devSecretsInForce = Object.keys(DEV_SECRETS).filter((name) => !env[name] || held.has(name));
  const warnings =
    devSecretsInForce.length === 0
      ? []
      : [
          ['GATEWAY_HOST', gatewayHost, 'the gateway'],
          ['HOST', subgraphHost, 'the subgraphs'],
        ]
          .filter(([, host]) => !isLoopback(host))
          .map(
            ([setting, host, what]) =>
              `${setting}=${host} opens ${what} to other machines while the development secrets are in force ` +
              `(${devSecretsInForce.join(', ')}): they are public, so anyone who reaches it can act as ADMIN`,
          );
  return { gatewayHost, subgraphHost, warnings };
}
