import { DEV_SECRETS } from '@antrian/config';
import { isLoopback, launcherHosts } from './exposure';

describe('npm start’s hosts', () => {
  it('listens on loopback by default, without a warning', () => {
    expect(launcherHosts({})).toEqual({ gatewayHost: '127.0.0.1', subgraphHost: '127.0.0.1', warnings: [] });
    expect(launcherHosts({ GATEWAY_HOST: 'localhost', HOST: '::1' }).warnings).toEqual([]);
  });

  it('lets GATEWAY_HOST and HOST open it, warning that the development secrets are then reachable', () => {
    const opened = launcherHosts({ GATEWAY_HOST: '0.0.0.0', HOST: '192.168.1.10' });
    expect(opened.gatewayHost).toBe('0.0.0.0');
    expect(opened.subgraphHost).toBe('192.168.1.10');
    expect(opened.warnings).toHaveLength(2);
    expect(opened.warnings[0]).toMatch(/^GATEWAY_HOST=0\.0\.0\.0 opens the gateway .* development secrets/);
    expect(opened.warnings[1]).toMatch(/^HOST=192\.168\.1\.10 opens the subgraphs/);
  });

  it('does not warn when every development secret is replaced, and does when one is set to its public value', () => {
    const own = Object.fromEntries(Object.keys(DEV_SECRETS).map((name) => [name, `own-${name}-value`]));
    expect(launcherHosts({ ...own, GATEWAY_HOST: '0.0.0.0' }).warnings).toEqual([]);
    const leaked = launcherHosts({
      ...own,
      BOOTSTRAP_ADMIN_PASSWORD: DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD,
      GATEWAY_HOST: '0.0.0.0',
    });
    expect(leaked.warnings[0]).toMatch(/\(BOOTSTRAP_ADMIN_PASSWORD\)/);
  });

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '::', '10.0.0.1', 'example.id'].some(isLoopback)).toBe(false);
  });
});
