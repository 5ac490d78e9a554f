import { message } from '@antrian/messages';
import { DomainError } from '@antrian/subgraph';

/**
 * Subscription fields are declared in the subgraphs so that they are part of the composed graph;
 * the gateway serves them over graphql-ws by re-running their query when a live message arrives.
 */
export const throughTheGateway = (): DomainError =>
  new DomainError('BAD_USER_INPUT', message('floor.subscribeThroughGateway'));
