import {
  DEMO_APPLICANT,
  DEMO_FAMILY_MEMBER,
  DEMO_OFFICES,
  DEMO_PASSWORD,
  demoNip,
  seedDemoData,
} from '../../deploy/local/seed-demo-data';
import { createLogger } from '@antrian/logging';
import { useStack } from './e2e-stack';

/** What a newcomer finds after her first `npm start`: the README's demo accounts work as written. */
describe('demo data', () => {
  const e2e = useStack();
  const { ok, signIn } = e2e;
  const logger = createLogger('demo-data-test', 'silent');

  it('seeds offices in all three zones, officers of every role, counters, sessions and Siti, once', async () => {
    await seedDemoData(e2e.stack.gatewayUrl, logger);
    // A second start finds the data there and adds nothing.
    await seedDemoData(e2e.stack.gatewayUrl, logger);

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
