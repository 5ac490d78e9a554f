import { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { IDENTITY_HEADER, Identity, verifyIdentityHeader } from '@antrian/auth';
import { GatewayContext } from './gateway-context';
import { IdentityForwardingDataSource } from './identity-forwarding.data-source';

const SECRET = 'a-test-secret-that-is-long-enough-for-hmac';
const applicant: Identity = { sub: 'applicant-1', kind: 'applicant', roles: [], officeId: null };

function outgoingRequest(identity: Identity | null, clientHeader?: string) {
  const headers = new Headers(clientHeader ? { [IDENTITY_HEADER]: clientHeader } : {});
  const request = { query: '{ me { __typename } }', http: { method: 'POST', url: 'http://subgraph', headers } };
  const options = {
    request,
    context: { identity, clientAddress: '198.51.100.4' },
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
  return { options, headers };
}

describe('IdentityForwardingDataSource', () => {
  const source = new IdentityForwardingDataSource('http://subgraph/graphql', SECRET);

  it('signs the verified identity and the client address for the subgraph', () => {
    const { options, headers } = outgoingRequest(applicant, 'forged');
    source.willSendRequest(options);
    expect(verifyIdentityHeader(headers.get(IDENTITY_HEADER) ?? '', SECRET)).toEqual({
      identity: applicant,
      clientAddress: '198.51.100.4',
    });
  });

  it('signs an anonymous caller as anonymous, even one that supplied its own header', () => {
    const { options, headers } = outgoingRequest(null, 'forged');
    source.willSendRequest(options);
    expect(verifyIdentityHeader(headers.get(IDENTITY_HEADER) ?? '', SECRET)).toEqual({
      identity: null,
      clientAddress: '198.51.100.4',
    });
  });
});
