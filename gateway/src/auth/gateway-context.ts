import { Identity } from '@antrian/auth';

/** What every operation runs with: the caller verified from an access token, or null for anonymous. */
export interface GatewayContext {
  identity: Identity | null;
}
