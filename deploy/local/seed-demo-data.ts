import { DEV_SECRETS } from '@antrian/config';
import { Logger } from '@antrian/logging';
import { postGraphQL, untilKnown } from '@antrian/testing';

/** The password of every demo account (README, "Demo logins"; docs/walkthrough.md). */
export const DEMO_PASSWORD = 'antrian-demo-2026';

export const DEMO_OFFICES = [
  { code: 'BLITAR', name: 'Kantor Imigrasi Kelas II Non TPI Blitar', timeZone: 'Asia/Jakarta', release: 'MONTHLY' },
  { code: 'DENPASAR', name: 'Kantor Imigrasi Kelas I TPI Denpasar', timeZone: 'Asia/Makassar', release: 'ROLLING' },
  { code: 'JAYAPURA', name: 'Kantor Imigrasi Kelas I TPI Jayapura', timeZone: 'Asia/Jayapura', release: 'ROLLING' },
] as const;

const ROLES = ['SUPERVISOR', 'RECEPTION', 'INTERVIEW', 'ADJUDICATION', 'PICKUP'] as const;

/**
 * NIP of a demo officer: born 1990-01-01, appointed 2020-01, a woman (2), serial 0<office><role>
 * with office 1-3 in DEMO_OFFICES order and role 1-5 in ROLES order: 199001012020012011 is
 * Blitar's supervisor.
 */
export function demoNip(officeIndex: number, roleIndex: number): string {
  return `1990010120200120${officeIndex + 1}${roleIndex + 1}`;
}

export const DEMO_APPLICANT = {
  nik: '3505015708900002',
  fullName: 'Siti Rahayu',
  birthDate: '1990-08-17',
  email: 'siti.rahayu@example.id',
  phone: '081234567890',
  password: DEMO_PASSWORD,
};

/** Siti's daughter, on Siti's account: Siti books for her with `familyMemberId`. */
export const DEMO_FAMILY_MEMBER = { nik: '3505015508200003', fullName: 'Putri Rahayu', birthDate: '2020-08-15' };

const COUNTERS = [
  { name: 'Loket 1', stages: ['RECEPTION'] },
  { name: 'Loket 2', stages: ['INTERVIEW'] },
  { name: 'Loket 3', stages: ['ADJUDICATION'] },
  { name: 'Loket 4', stages: ['PICKUP'] },
];

/** The bootstrap ADMIN the seeding signs in as: identity's own settings, the environment first. */
export function demoAdminCredentials(env: Record<string, string | undefined>): { nip: string; password: string } {
  return {
    nip: env.BOOTSTRAP_ADMIN_NIP || DEV_SECRETS.BOOTSTRAP_ADMIN_NIP,
    password: env.BOOTSTRAP_ADMIN_PASSWORD || DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD,
  };
}

/**
 * `npm start` in development mode fills an empty system through the public graph, as a client
 * would: three offices (one per time zone, with their calendars for the coming weeks), officers
 * of every role, counters, and one applicant with her daughter. It runs once: an existing BLITAR office means done.
 */
export async function seedDemoData(
  gatewayUrl: string,
  logger: Logger,
  admin: { nip: string; password: string },
): Promise<void> {
  const call = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    // Identity (officers, family members) and the counter service (counters) learn of what they
    // refer to from other services' events, a moment after it is created.
    const response = await untilKnown(
      () => postGraphQL<T>(gatewayUrl, query, variables, token ? { authorization: `Bearer ${token}` } : {}),
      'the services to know what the demo data refers to',
    );
    if (response.errors?.length) throw new Error(`seeding failed: ${response.errors.map((e) => e.message).join('; ')}`);
    return response.data as T;
  };
  const signIn = async (login: string, password: string) =>
    (
      await call<{ signIn: { accessToken: string } }>(
        `mutation ($login: String!, $password: String!) { signIn(input: { login: $login, password: $password }) { accessToken } }`,
        { login, password },
      )
    ).signIn.accessToken;

  const { offices } = await call<{ offices: { code: string }[] }>('{ offices { code } }', {});
  if (offices.some((office) => office.code === DEMO_OFFICES[0].code)) return;

  const adminToken = await signIn(admin.nip, admin.password);
  for (const [officeIndex, demo] of DEMO_OFFICES.entries()) {
    const { createOffice } = await call<{ createOffice: { id: string } }>(
      `mutation ($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`,
      { input: { code: demo.code, name: demo.name, timeZone: demo.timeZone } },
      adminToken,
    );
    await call(
      `mutation ($input: UpdateOfficeRulesInput!) { updateOfficeRules(input: $input) { id } }`,
      { input: { officeId: createOffice.id, releaseMode: demo.release, releaseDaysAhead: 30, releaseTime: '09:00' } },
      adminToken,
    );
    for (const [roleIndex, role] of ROLES.entries()) {
      await call(
        `mutation ($input: CreateOfficerInput!) { createOfficer(input: $input) { id } }`,
        {
          input: {
            nip: demoNip(officeIndex, roleIndex),
            fullName: `${role[0]}${role.slice(1).toLowerCase()} ${demo.code[0]}${demo.code.slice(1).toLowerCase()}`,
            officeId: createOffice.id,
            roles: [role],
            password: DEMO_PASSWORD,
          },
        },
        adminToken,
      );
    }
    for (const counter of COUNTERS) {
      await call(
        `mutation ($input: CreateCounterInput!) { createCounter(input: $input) { id } }`,
        { input: { officeId: createOffice.id, ...counter } },
        adminToken,
      );
    }
  }
  await call(`mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`, {
    input: DEMO_APPLICANT,
  });
  await call(
    `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`,
    { input: DEMO_FAMILY_MEMBER },
    await signIn(DEMO_APPLICANT.email, DEMO_APPLICANT.password),
  );
  logger.info('seeded the demo data (docs/walkthrough.md: offices, officers, counters, an applicant and her daughter)');
}

/**
 * The seeding as `npm start` runs it: a seeding that cannot run says why in one line and the
 * system goes on serving without demo data. True when the demo data is there.
 */
export async function seedDemoDataOrSayWhy(
  gatewayUrl: string,
  env: Record<string, string | undefined>,
  logger: Logger,
): Promise<boolean> {
  try {
    await seedDemoData(gatewayUrl, logger, demoAdminCredentials(env));
    return true;
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    logger.warn(`no demo data: ${reason} (the system runs without it; SEED_DEMO_DATA=false skips the seeding)`);
    return false;
  }
}
