import { SubgraphStartContext } from '@antrian/testing';
import { loadIdentityConfig } from '../src/config/identity.config';
import { startIdentity } from '../src/identity.app';

/**
 * How identity's integration specs start it (see useSubgraphUnderTest): argon2 cheap enough to
 * hash many passwords quickly; registrations from the test's one address (127.0.0.1) not limited,
 * since the specs register far more applicants than a real address does in an hour (the limit's
 * own test sets it); and the spec's own `extras` on top.
 */
export const startIdentityUnderTest =
  (extras: Record<string, string> = {}) =>
  ({ env, bus, logger }: SubgraphStartContext) =>
    startIdentity({
      config: loadIdentityConfig({
        ...env,
        ARGON2_MEMORY_KIB: '4096',
        ARGON2_TIME_COST: '1',
        REGISTRATIONS_PER_ADDRESS: '100000',
        ...extras,
      }),
      bus,
      logger,
      migrate: true,
    });
