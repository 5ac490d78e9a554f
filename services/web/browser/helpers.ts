import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The demo data `npm start` seeds (deploy/local/seed-demo-data.ts): Blitar is the first office. */
export const DEMO = {
  password: 'antrian-demo-2026',
  office: 'BLITAR',
  supervisorNip: '199001012020012011',
  receptionNip: '199001012020012012',
  applicant: { login: 'siti.rahayu@example.id', nik: '3505015708900002' },
};

export const SIZES = {
  phone: { width: 390, height: 844 },
  kiosk: { width: 1080, height: 1920 },
  tv: { width: 1920, height: 1080 },
  desktop: { width: 1366, height: 768 },
} as const;

export const SCREENSHOTS = join(__dirname, '..', 'test-results', 'screenshots');

export function webUrl(path: string): string {
  return `${process.env.WEB_URL}${path}`;
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(process.env.GATEWAY_URL!, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data as T;
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
}

export async function signIn(login: string, password = DEMO.password): Promise<Tokens> {
  const data = await gql<{ signIn: Tokens }>(
    `mutation ($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken expiresAt } }`,
    { input: { login, password } },
  );
  return data.signIn;
}

export async function officeId(code = DEMO.office): Promise<string> {
  const { offices } = await gql<{ offices: { id: string; code: string }[] }>(`{ offices { id code } }`);
  return offices.find((office) => office.code === code)!.id;
}

/** The same code a supervisor's screen hands over (src/app/session.ts). */
export function deviceSetupCode(setup: {
  officeId: string;
  kind: 'KIOSK' | 'BOARD';
  name: string;
  refreshToken: string;
}) {
  return Buffer.from(JSON.stringify(setup)).toString('base64url');
}

/** Puts a signed-in session into the page's storage before it loads (as a sign-in would). */
export async function withSession(page: Page, role: 'applicant' | 'officer' | 'device', tokens: Tokens) {
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
    `antrian.session.${role}`,
    JSON.stringify(tokens),
  ] as const);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** axe-core on the page as it is: no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(bad).toEqual([]);
}
