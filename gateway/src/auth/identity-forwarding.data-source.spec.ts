import { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { IDENTITY_HEADER, Identity, IdentityHeaderSigner, IdentityHeaderVerifier } from '@antrian/auth';
import { DEV_SECRETS } from '@antrian/config';
import { GatewayContext } from './gateway-context';
import { IdentityForwardingDataSource } from './identity-forwarding.data-source';

const applicant: Identity = { sub: 'applicant-1', kind: 'applicant', roles: [], officeId: null };
const things = new IdentityHeaderVerifier(DEV_SECRETS.GATEWAY_PUBLIC_KEY, 'things');

function outgoingRequest(identity: Identity | null, clientHeader?: string, language?: 'INDONESIAN' | 'ENGLISH') {
  const headers = new Headers(clientHeader ? { [IDENTITY_HEADER]: clientHeader } : {});
  const request = { query: '{ me { __typename } }', http: { method: 'POST', url: 'http://subgraph', headers } };
  const options = {
    request,
    context: { identity, clientAddress: '198.51.100.4', ...(language ? { language } : {}) },
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
  return { options, headers };
}

describe('IdentityForwardingDataSource', () => {
  const source = new IdentityForwardingDataSource(
    'http://subgraph/graphql',
    new IdentityHeaderSigner(DEV_SECRETS.GATEWAY_PRIVATE_KEY),
    'things',
  );

  it('signs the verified identity and the client address for this subgraph, afresh for every request', async () => {
    const { options, headers } = outgoingRequest(applicant, 'forged');
    await source.willSendRequest(options);
    const first = await things.verify(headers.get(IDENTITY_HEADER) ?? '');
    expect(first).toMatchObject({ identity: applicant, clientAddress: '198.51.100.4' });
    await source.willSendRequest(options);
    const second = await things.verify(headers.get(IDENTITY_HEADER) ?? '');
    expect(second.headerId).not.toBe(first.headerId);
    await expect(
      new IdentityHeaderVerifier(DEV_SECRETS.GATEWAY_PUBLIC_KEY, 'extras').verify(headers.get(IDENTITY_HEADER) ?? ''),
    ).rejects.toThrow();
  });

  it('signs an anonymous caller as anonymous, even one that supplied its own header', async () => {
    const { options, headers } = outgoingRequest(null, 'forged');
    await source.willSendRequest(options);
    expect(await things.verify(headers.get(IDENTITY_HEADER) ?? '')).toMatchObject({
      identity: null,
      clientAddress: '198.51.100.4',
    });
  });

  it('tells the subgraph the caller’s language, never the client’s own header as it came', async () => {
    const english = outgoingRequest(applicant, undefined, 'ENGLISH');
    english.headers.set('accept-language', 'fr-FR, en;q=0.1');
    await source.willSendRequest(english.options);
    expect(english.headers.get('accept-language')).toBe('en');
    const byDefault = outgoingRequest(applicant);
    await source.willSendRequest(byDefault.options);
    expect(byDefault.headers.get('accept-language')).toBe('id');
  });
});
