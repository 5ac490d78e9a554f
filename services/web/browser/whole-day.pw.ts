import { expect, test, type BrowserContext } from '@playwright/test';
import { chromiumPath } from './chromium';
import { DEMO, gql, officeId, screenshot, signIn, SIZES, webUrl, withSession } from './helpers';

test.skip(!chromiumPath(), 'Chromium is not installed (apt-get install chromium)');

interface Heard {
  text: string;
  lang: string;
  at: number;
}

/** A session of Blitar starting in half an hour: its check-in window is open now. */
async function sessionStartingSoon(office: string, supervisorToken: string): Promise<string> {
  const minute = 60_000;
  const startsAt =
    Math.floor((Date.now() + 30 * minute) / minute) * minute + 17_000 + Math.floor(Math.random() * 20) * minute;
  // Office-local (Asia/Jakarta, UTC+7) midnight: a session stays within its day.
  const midnight = Math.ceil((startsAt + 7 * 3_600_000) / 86_400_000) * 86_400_000 - 7 * 3_600_000;
  const endsAt = Math.min(startsAt + 60 * minute, midnight);
  const { addSession } = await gql<{ addSession: { id: string } }>(
    `mutation ($input: AddSessionInput!) { addSession(input: $input) { id } }`,
    {
      input: {
        officeId: office,
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(endsAt).toISOString(),
        capacity: 10,
      },
    },
    supervisorToken,
  );
  return addSession.id;
}

test('a whole day: applicant, kiosk, board, officer and supervisor, five browsers on the running stack', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const office = await officeId();
  const supervisorTokens = await signIn(DEMO.supervisorNip);
  const sessionId = await sessionStartingSoon(office, supervisorTokens.accessToken);
  const siti = await signIn(DEMO.applicant.login);
  const { bookSession: booking } = await gql<{ bookSession: { code: string; qrToken: string } }>(
    `mutation ($input: BookSessionInput!) { bookSession(input: $input) { code qrToken } }`,
    { input: { sessionId, service: 'RENEWAL', idempotencyKey: `whole-day-${Date.now()}` } },
    siti.accessToken,
  );
  const contexts: BrowserContext[] = [];
  const open = async (size: keyof typeof SIZES) => {
    const context = await browser.newContext({ viewport: SIZES[size] });
    contexts.push(context);
    return context.newPage();
  };

  // The applicant's phone: her booking with its QR code.
  const phone = await open('phone');
  await withSession(phone, 'applicant', siti);
  await phone.addInitScript(() => {
    const marks: { text: string; at: number }[] = [];
    Object.assign(window, { marks });
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="called"]')?.textContent ?? '';
      if (text && marks[marks.length - 1]?.text !== text) marks.push({ text, at: Date.now() });
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await phone.goto(webUrl('/saya'));
  await expect(phone.getByText(booking.code).first()).toBeVisible();
  await expect(phone.getByRole('img', { name: new RegExp(booking.code) })).toBeVisible();

  // The supervisor registers the kiosk and hands it over as a QR code (its link, here).
  const supervisor = await open('desktop');
  await withSession(supervisor, 'officer', supervisorTokens);
  await supervisor.goto(webUrl('/supervisor'));
  await supervisor.getByLabel('Nama perangkat').fill('Kiosk pintu masuk');
  await supervisor.getByLabel('Jenis').selectOption('KIOSK');
  await supervisor.getByRole('button', { name: 'Daftarkan perangkat' }).click();
  const handOver = await supervisor.getByTestId('hand-over-link').inputValue();
  expect(handOver).toMatch(/\/kiosk#setup=/);
  await screenshot(supervisor, 'whole-day-supervisor');

  // The kiosk is set up from that link; the USB scanner types the booking's QR token and Enter.
  const kiosk = await open('kiosk');
  await kiosk.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await kiosk.goto(handOver);
  const field = kiosk.getByLabel('Kode QR atau kode pemesanan');
  await expect(field).toBeFocused();
  await kiosk.keyboard.type(booking.qrToken);
  await kiosk.keyboard.press('Enter');
  const number = (await kiosk.getByTestId('kiosk-number').textContent())!.trim();
  expect(number).toMatch(/^[A-Z]-\d{3}$/);
  await expect(kiosk.getByTestId('receipt-number')).toHaveText(number);
  await expect.poll(() => kiosk.evaluate(() => (window as unknown as { printed: number }).printed)).toBeGreaterThan(0);
  await screenshot(kiosk, 'whole-day-kiosk');

  // The board, with the browser's speech synthesis recorded and its latest call timed.
  const board = await open('tv');
  await board.addInitScript(() => {
    const heard: Heard[] = [];
    const seen: { text: string; at: number }[] = [];
    Object.assign(window, { heard, seen });
    class Utterance {
      lang = '';
      rate = 1;
      constructor(public text: string) {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        speak: (u: Utterance) => heard.push({ text: u.text, lang: u.lang, at: Date.now() }),
        cancel: () => undefined,
      },
    });
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="latest-call"]')?.textContent ?? '';
      if (text && seen[seen.length - 1]?.text !== text) seen.push({ text, at: Date.now() });
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await board.goto(webUrl('/papan/BLITAR'));
  await expect(board.getByRole('heading', { name: 'Sedang dilayani' })).toBeVisible();
  await expect(board.getByText('Penerimaan berkas')).toBeVisible();
  await board.waitForTimeout(1500); // the live subscription is up

  // The reception officer opens Loket 1 and calls the next ticket with the N key.
  const officer = await open('desktop');
  await withSession(officer, 'officer', await signIn(DEMO.receptionNip));
  await officer.goto(webUrl('/loket'));
  await officer.getByRole('button', { name: /Loket 1/ }).click();
  await expect(officer.getByRole('heading', { name: 'Loket 1' })).toBeVisible();
  const answered = officer.waitForResponse((response) => response.request().postData()?.includes('CallNext') ?? false);
  const pressedAt = await officer.evaluate(() => Date.now());
  await officer.keyboard.press('n');
  await answered;
  // The call is made when the graph answers the officer's callNext: the board has 1 s from then.
  const calledAt = Date.now();
  await expect(officer.getByTestId('console-number')).toHaveText(number);

  await expect(board.getByTestId('latest-call')).toContainText(number, { timeout: 5000 });
  const shownAt = await board.evaluate(
    (n) => (window as unknown as { seen: { text: string; at: number }[] }).seen.find((s) => s.text.includes(n))?.at,
    number,
  );
  const heard = await board.evaluate(() => (window as unknown as { heard: Heard[] }).heard);
  const spoken = heard.find((utterance) => utterance.text.includes(number));
  console.log(
    `board: shown ${shownAt! - calledAt} ms and spoken ${spoken ? spoken.at - calledAt : NaN} ms after the call ` +
      `(${calledAt - pressedAt} ms from the key press to the graph's answer)`,
  );
  expect(shownAt! - calledAt).toBeLessThan(1000);
  expect(spoken).toMatchObject({ text: `Nomor antrian ${number}, silakan menuju Loket 1.`, lang: 'id-ID' });
  expect(spoken!.at - calledAt).toBeLessThan(1000);
  await screenshot(board, 'whole-day-board');
  await screenshot(officer, 'whole-day-officer');

  // Her phone says she is called, within 1 s too (myTicketsChanged).
  await expect(phone.getByTestId('called')).toHaveText('Silakan menuju Loket 1', { timeout: 5000 });
  const phoneAt = await phone.evaluate(() => (window as unknown as { marks: { at: number }[] }).marks[0]?.at);
  console.log(`phone: called ${phoneAt - calledAt} ms after the call`);
  expect(phoneAt - calledAt).toBeLessThan(1000);

  // The printed ticket carries the number the board called, and its QR code's page follows it.
  await expect(kiosk.getByTestId('receipt-number')).toHaveText(number);
  const followHref = await kiosk.getByTestId('follow-link').getAttribute('href');
  const follower = await open('phone');
  await follower.goto(webUrl(followHref!));
  await expect(follower.getByTestId('follow-number')).toHaveText(number);
  await expect(follower.getByText('Silakan menuju Loket 1')).toBeVisible();
  await screenshot(follower, 'whole-day-follow');
  await screenshot(phone, 'whole-day-applicant');

  await Promise.all(contexts.map((context) => context.close()));
});
