import { Language } from '@antrian/messages';
import { Identity } from '@antrian/auth';

/** What every operation runs with: the caller verified from an access token, or null for anonymous. */
export interface GatewayContext {
  identity: Identity | null;
  /** The client's IP address, passed on to subgraphs for their per-address limits; null when unknown. */
  clientAddress: string | null;
  /**
   * The language the caller reads: `Accept-Language` over HTTP, the `connection_init` payload's
   * `language` for a subscription. Forwarded to every subgraph as `Accept-Language`.
   */
  language: Language;
}
