import { DEV_SECRETS } from '@antrian/config';
import { captureLogs, errorCodes, postGraphQL } from '@antrian/testing';
import { launch } from '../../deploy/local/launch';
import {
  DEMO_APPLICANT,
  DEMO_FAMILY_MEMBER,
  DEMO_OFFICES,
  DEMO_PASSWORD,
  demoNip,
  seedDemoData,
} from '../../deploy/local/seed-demo-data';
import { createLogger } from '@antrian/logging';
import { dropStackDatabases, e2ePrefix, e2eStackOptions, useStack } from './e2e-stack';

const CONFIGURED_ADMIN_PASSWORD = 'configured-admin-password';

/** What a newcomer finds after her first `npm start`: the README's demo accounts work as written. */
describe('demo data', () => {
  // Settings from the environment win, the seeding's sign-in included.
  const e2e = useStack({
    launch: true,
    env: { NODE_ENV: 'development', BOOTSTRAP_ADMIN_PASSWORD: CONFIGURED_ADMIN_PASSWORD },
  });
  const { gql, ok, signIn } = e2e;
  const logger = createLogger('demo-data-test', 'silent');

  it('seeds offices in all three zones, officers of every role, counters, sessions and Siti, once', async () => {
    expect(e2e.stack.demoData).toBe(true);
    // A second start finds the data there and adds nothing.
    const admin = { nip: DEV_SECRETS.BOOTSTRAP_ADMIN_NIP, password: CONFIGURED_ADMIN_PASSWORD };
    await seedDemoData(e2e.stack.gatewayUrl, logger, admin);
    const signInAs = `mutation ($login: String!, $password: String!) { signIn(input: { login: $login, password: $password }) { accessToken } }`;
    expect(
      errorCodes(await gql(signInAs, { login: admin.nip, password: DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD })),
    ).not.toEqual([]);

    const { offices } = await ok<{ offices: { id: string; code: string; timeZone: string }[] }>(
      '{ offices { id code timeZone } }',
    );
    const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
    expect(offices.map(({ code, timeZone }) => ({ code, timeZone })).sort(byCode)).toEqual(
      DEMO_OFFICES.map(({ code, timeZone }) => ({ code, timeZone })).sort(byCode),
    );

    const today = new Date().toISOString().slice(0, 10);
    const inThreeWeeks = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
    for (const [officeIndex, demo] of DEMO_OFFICES.entries()) {
      const office = offices.find((candidate) => candidate.code === demo.code)!;
      const supervisor = await signIn(demoNip(officeIndex, 0), DEMO_PASSWORD);
      const { counters } = await ok<{ counters: { stages: string[] }[] }>(
        `query ($officeId: ID!) { counters(officeId: $officeId) { stages } }`,
        { officeId: office.id },
        supervisor.accessToken,
      );
      expect(counters.flatMap((counter) => counter.stages).sort()).toEqual([
        'ADJUDICATION',
        'INTERVIEW',
        'PICKUP',
        'RECEPTION',
      ]);
      const { office: calendar } = await ok<{ office: { availability: { sessions: unknown[] }[] } }>(
        `query ($id: ID!, $from: Date!, $to: Date!) { office(id: $id) { availability(from: $from, to: $to) { sessions { id } } } }`,
        { id: office.id, from: today, to: inThreeWeeks },
      );
      expect(calendar.availability.flatMap((day) => day.sessions).length).toBeGreaterThan(0);
      for (const roleIndex of [1, 2, 3, 4]) {
        const officer = await signIn(demoNip(officeIndex, roleIndex), DEMO_PASSWORD);
        const { me } = await ok<{ me: { officeId: string; roles: string[] } }>(
          '{ me { ... on Officer { officeId roles } } }',
          {},
          officer.accessToken,
        );
        expect(me.officeId).toBe(office.id);
        expect(me.roles).toHaveLength(1);
      }
    }

    const siti = await signIn(DEMO_APPLICANT.nik, DEMO_APPLICANT.password);
    const { me } = await ok<{ me: { fullName: string; familyMembers: { fullName: string; nik: string }[] } }>(
      '{ me { ... on Applicant { fullName familyMembers { fullName nik } } } }',
      {},
      siti.accessToken,
    );
    expect(me).toEqual({
      fullName: DEMO_APPLICANT.fullName,
      familyMembers: [{ fullName: DEMO_FAMILY_MEMBER.fullName, nik: DEMO_FAMILY_MEMBER.nik }],
    });
  });
});

describe('a demo seeding that cannot run', () => {
  it('says why in one line, and the system goes on serving without demo data', async () => {
    const prefix = e2ePrefix();
    // The first start made the ADMIN with one password; a later one is given another (identity
    // keeps the first: the bootstrap runs only while there is no ADMIN), and no demo data yet.
    const first = await launch(
      e2eStackOptions(prefix, {
        env: { NODE_ENV: 'development', SEED_DEMO_DATA: 'false', BOOTSTRAP_ADMIN_PASSWORD: 'first-admin-password' },
      }),
    );
    await first.stop();
    const logs = captureLogs('launcher', 'info');
    const second = await launch(
      e2eStackOptions(prefix, {
        env: { NODE_ENV: 'development', BOOTSTRAP_ADMIN_PASSWORD: 'changed-admin-password' },
        logger: logs.logger,
      }),
    );
    try {
      expect(second.demoData).toBe(false);
      const said = logs.lines().filter((line) => /demo data/.test(String(line.msg)));
      expect(said).toHaveLength(1);
      expect(said[0]).toMatchObject({ level: 40, msg: expect.stringMatching(/^no demo data: seeding failed: .+/) });
      expect(logs.text()).not.toContain('changed-admin-password');
      expect(logs.errors()).toEqual([]);
      expect(await postGraphQL(second.gatewayUrl, '{ offices { code } }')).toEqual({ data: { offices: [] } });
    } finally {
      await second.stop();
      await dropStackDatabases(prefix);
    }
  }, 480_000);
});
