import { expect, test, type Browser, type Page } from '@playwright/test';
import { chromiumPath } from './chromium';
import {
  DEMO,
  deviceSetupCode,
  expectAccessible,
  gql,
  officeId,
  screenshot,
  signIn,
  SIZES,
  webUrl,
  withSession,
} from './helpers';

test.skip(!chromiumPath(), 'Chromium is not installed (apt-get install chromium)');

type Size = keyof typeof SIZES;
interface ScreenCase {
  name: string;
  size: Size;
  path: string;
  /** What proves the screen is up, in each language. */
  ready: { id: RegExp; en: RegExp };
  prepare?: (page: Page) => Promise<void>;
}

let kioskSetup = '';

test.beforeAll(async () => {
  const supervisor = await signIn(DEMO.supervisorNip);
  const registration = await gql<{ registerDevice: { credentials: { refreshToken: string } } }>(
    `mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { credentials { refreshToken } } }`,
    { input: { officeId: await officeId(), kind: 'KIOSK', name: 'Kiosk untuk tangkapan layar' } },
    supervisor.accessToken,
  );
  kioskSetup = deviceSetupCode({
    officeId: await officeId(),
    kind: 'KIOSK',
    name: 'Kiosk',
    refreshToken: registration.registerDevice.credentials.refreshToken,
  });
});

const SCREENS: ScreenCase[] = [
  { name: 'board', size: 'tv', path: '/papan/BLITAR', ready: { id: /Penerimaan berkas/, en: /Document check/ } },
  {
    name: 'kiosk',
    size: 'kiosk',
    path: '/kiosk',
    ready: { id: /Kantor Imigrasi Kelas II Non TPI Blitar/, en: /Kantor Imigrasi Kelas II Non TPI Blitar/ },
    prepare: async (page) => {
      await page.addInitScript((code) => {
        if (!window.localStorage.getItem('antrian.device')) window.localStorage.setItem('antrian.device', code);
      }, kioskSetup);
    },
  },
  {
    name: 'officer',
    size: 'desktop',
    path: '/loket',
    ready: { id: /Pilih loket yang Anda buka/, en: /Choose the counter you open/ },
    prepare: async (page) => withSession(page, 'officer', await signIn(DEMO.receptionNip)),
  },
  {
    name: 'applicant',
    size: 'phone',
    path: '/saya',
    ready: { id: /Belum ada pemesanan|Kode pemesanan/, en: /No bookings yet|Booking code/ },
    prepare: async (page) => withSession(page, 'applicant', await signIn(DEMO.applicant.login)),
  },
  { name: 'home', size: 'desktop', path: '/', ready: { id: /Cara kerjanya/, en: /How it works/ } },
  {
    name: 'supervisor',
    size: 'desktop',
    path: '/supervisor',
    ready: { id: /Tiket terbit/, en: /Tickets issued/ },
    prepare: async (page) => withSession(page, 'officer', await signIn(DEMO.supervisorNip)),
  },
  { name: 'applicant-signin', size: 'phone', path: '/saya', ready: { id: /Email atau NIK/, en: /E-mail or NIK/ } },
];

async function open(browser: Browser, screen: ScreenCase, language: 'id' | 'en') {
  const context = await browser.newContext({
    viewport: SIZES[screen.size],
    locale: language === 'en' ? 'en-GB' : 'id-ID',
  });
  const page = await context.newPage();
  await screen.prepare?.(page);
  await page.goto(webUrl(`${screen.path}?lang=${language}`));
  await expect(page.getByText(screen.ready[language]).first()).toBeVisible();
  await page.waitForLoadState('networkidle').catch(() => undefined);
  return { context, page };
}

for (const screen of SCREENS) {
  for (const language of ['id', 'en'] as const) {
    test(`${screen.name} opens in ${language === 'id' ? 'Bahasa Indonesia' : 'English'} at ${screen.size} size, with no serious accessibility violation`, async ({
      browser,
    }) => {
      const { context, page } = await open(browser, screen, language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await screenshot(page, `${screen.name}-${language}`);
      await expectAccessible(page);
      await context.close();
    });
  }
}

test('the language switch turns a screen to English and back, by keyboard', async ({ browser }) => {
  const { context, page } = await open(
    browser,
    SCREENS.find((s) => s.name === 'home')!,
    'id',
  );
  const toggle = page.getByRole('button', { name: 'Ganti bahasa ke English' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'How it works' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Switch language to Bahasa Indonesia' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Cara kerjanya' })).toBeVisible();
  await context.close();
});

test('an officer signs in and opens a counter with the keyboard only', async ({ browser }) => {
  const context = await browser.newContext({ viewport: SIZES.desktop });
  const page = await context.newPage();
  await page.goto(webUrl('/loket'));
  await page.keyboard.press('Tab');
  // Skip the language switch to the first field.
  while (!(await page.evaluate(() => document.activeElement?.id === 'sign-in-login'))) await page.keyboard.press('Tab');
  await page.keyboard.type('199001012020012013');
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Pilih loket yang Anda buka' })).toBeVisible();
  const loket2 = page.getByRole('button', { name: /Loket 2/ });
  await loket2.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Loket 2' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Panggil berikutnya/ })).toHaveAttribute('aria-keyshortcuts', 'N');
  await page.keyboard.press('n');
  await expect(page.getByText('Tidak ada yang menunggu.')).toBeVisible();
  await screenshot(page, 'officer-console-id');
  await expectAccessible(page);
  await context.close();
});
