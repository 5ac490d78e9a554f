import { generateKeyPairSync } from 'node:crypto';
import { IDENTITY_HEADER, IdentityHeaderSigner } from '@antrian/auth';
import { devIdentityHeader, errorCodes, postGraphQL, testIdentities, useSubgraphUnderTest } from '@antrian/testing';
import { loadSchedulingConfig } from '../src/config/scheduling.config';
import { startScheduling } from '../src/scheduling.app';

const CREATE_OFFICE = `mutation ($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`;

/**
 * A client that reaches the scheduling subgraph directly, past the gateway (a misconfigured
 * network policy, a compromised pod): it cannot claim an identity, replay one, or use the
 * gateway's rules' absence to make the subgraph work harder.
 */
describe('the scheduling subgraph reached directly', () => {
  const sut = useSubgraphUnderTest({
    database: 'scheduling_direct',
    start: ({ env, bus, logger }) =>
      startScheduling({ config: loadSchedulingConfig({ ...env }), bus, logger, migrate: true }),
  });
  const admin = testIdentities.admin();
  const asAdmin = (header: string) =>
    postGraphQL(
      sut.subgraph.url,
      CREATE_OFFICE,
      { input: { code: `D${Date.now() % 1e6}`, name: 'Direct', timeZone: 'Asia/Jakarta' } },
      { [IDENTITY_HEADER]: header },
    );

  it('accepts a gateway header once, and refuses it replayed', async () => {
    const header = await devIdentityHeader(admin, 'scheduling');
    expect((await asAdmin(header)).errors).toBeUndefined();
    const replayed = await asAdmin(header);
    expect(errorCodes(replayed)).toEqual(['UNAUTHENTICATED']);
    const [{ count }] = (await sut.sql.query('SELECT count(*)::int AS count FROM used_identity_header')).rows;
    expect(count).toBeGreaterThanOrEqual(1);
  });

  it('refuses a header meant for another subgraph, or signed with any key but the gateway’s', async () => {
    expect(errorCodes(await asAdmin(await devIdentityHeader(admin, 'counter')))).toEqual(['UNAUTHENTICATED']);
    const stranger = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const forged = await new IdentityHeaderSigner(stranger).sign(
      { identity: admin, clientAddress: null },
      'scheduling',
    );
    expect(errorCodes(await asAdmin(forged))).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps the gateway’s depth and alias limits and hides field suggestions', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: offices { id }`).join(' ');
    const tooMany = await postGraphQL(sut.subgraph.url, `{ ${aliases} }`);
    expect(tooMany.errors?.[0].message).toMatch(/terlalu banyak alias: batasnya 15/);

    // 9 levels: booking → applicant → bookings → applicant → bookings → office → availability → sessions → id
    const deep = await postGraphQL(
      sut.subgraph.url,
      `{ booking(code: "X") { applicant { bookings { applicant { bookings { office { availability(from: "2030-01-01", to: "2030-01-01") { sessions { id } } } } } } } } }`,
    );
    expect(deep.errors).toHaveLength(1);
    expect(deep.errors?.[0].message).toMatch(/batas kedalamannya 8 tingkat/);

    const typo = await postGraphQL(sut.subgraph.url, '{ offices { nam } }');
    expect(JSON.stringify(typo)).not.toMatch(/Did you mean/);
  });

  it('answers at most 62 days of availability per request, however many aliases ask', async () => {
    const office = await sut.call<{ createOffice: { id: string } }>(
      CREATE_OFFICE,
      { input: { code: 'DAYS', name: 'Days', timeZone: 'Asia/Jakarta' } },
      admin,
    );
    const id = office.data!.createOffice.id;
    const days = (from: string, to: string, alias = 'a') =>
      `${alias}: availability(from: "${from}", to: "${to}") { date }`;
    const ask = (fields: string) => sut.call(`{ office(id: "${id}") { ${fields} } }`);

    const whole = await ask(days('2030-01-01', '2030-03-03'));
    expect(whole.errors).toBeUndefined();
    expect(errorCodes(await ask(days('2030-01-01', '2030-03-04')))).toEqual(['BAD_USER_INPUT']);
    const split = await ask(`${days('2030-01-01', '2030-01-31', 'a')} ${days('2030-02-01', '2030-03-05', 'b')}`);
    expect(errorCodes(split)).toEqual(['BAD_USER_INPUT']);
    expect(split.errors?.[0].message).toMatch(
      /paling banyak 62 hari ketersediaan per permintaan \(permintaan ini meminta 64\)/,
    );
    const twoShort = await ask(`${days('2030-01-01', '2030-01-31', 'a')} ${days('2030-02-01', '2030-03-03', 'b')}`);
    expect(twoShort.errors).toBeUndefined();
  });
});
