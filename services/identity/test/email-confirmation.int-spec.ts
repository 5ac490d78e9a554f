import { AccessTokenVerifier, Identity } from '@antrian/auth';
import { DEV_SECRETS } from '@antrian/config';
import { ApplicantEmailConfirmed, ApplicantRegistered } from '@antrian/contracts';
import { applicantInput, errorCodes, useSubgraphUnderTest, waitFor } from '@antrian/testing';
import { EmailConfirmationService } from '../src/email-confirmation/email-confirmation.service';
import { startIdentityUnderTest } from './identity-under-test';
import {
  AuthPayload,
  capturingLogger,
  loggedConfirmationCode,
  REFRESH,
  REGISTER,
  retryAfterSeconds,
  SIGN_IN,
} from './identity-test-kit';

const MAX_ATTEMPTS = 3;
const CONFIRM = `mutation ($code: String!) { confirmEmail(code: $code) { id emailConfirmed } }`;
const RESEND = `mutation { resendEmailConfirmation }`;

/**
 * Where the deployment requires it (EMAIL_CONFIRMATION_REQUIRED, on here as in production), an
 * applicant books only after confirming her e-mail with the one-time code mailed at registration:
 * her access tokens say so (`emailConfirmed`), and her events tell the other services.
 */
describe('identity e-mail confirmation (PostgreSQL)', () => {
  const { logger, lines } = capturingLogger('identity-email-test');
  const sut = useSubgraphUnderTest({
    database: 'identity_email',
    logger,
    observe: [ApplicantRegistered.subject, ApplicantEmailConfirmed.subject],
    start: startIdentityUnderTest({
      EMAIL_CONFIRMATION_REQUIRED: 'true',
      EMAIL_CODE_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
      EMAIL_CODE_RESEND_SECONDS: '1',
    }),
  });
  const { call, published } = sut;
  const verifier = new AccessTokenVerifier(DEV_SECRETS.AUTH_PUBLIC_KEY);

  /** A new applicant, signed in, and the code the development mail adapter logged for her. */
  const registered = async () => {
    const input = applicantInput();
    const response = await call<{ registerApplicant: { id: string; emailConfirmed: boolean } }>(REGISTER, { input });
    expect(response.errors).toBeUndefined();
    const { id } = response.data!.registerApplicant;
    const session = (await call<{ signIn: AuthPayload }>(SIGN_IN, { login: input.email, password: input.password }))
      .data!.signIn;
    const identity = await verifier.verify(session.accessToken);
    return { id, input, session, identity, code: loggedConfirmationCode(lines, id)! };
  };
  const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
  const failedAttempts = async (applicantId: string) =>
    Number(
      (await sut.sql.query('SELECT failed_attempts FROM email_confirmation WHERE applicant_id = $1', [applicantId]))
        .rows[0]?.failed_attempts,
    );

  it('mails a code at registration through the mail port, whose development adapter logs it without the address', async () => {
    const { id, input, code, identity } = await registered();
    expect(code).toMatch(/^\d{6}$/);
    const mailLines = lines.filter((line) => line.includes(id));
    expect(mailLines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(String(input.email));
    expect(lines.join('\n')).not.toContain(String(input.nik));
    // Stored only as a hash.
    const stored = await sut.sql.query('SELECT code_hash FROM email_confirmation WHERE applicant_id = $1', [id]);
    expect(stored.rows[0].code_hash).not.toContain(code);
    // Her token says she may not book yet, and so does her registration event, with her birth date and sex.
    expect(identity.emailConfirmed).toBe(false);
    const event = await waitFor(
      () =>
        published.find(
          (e) => e.subject === ApplicantRegistered.subject && (e.payload as { applicantId: string }).applicantId === id,
        ),
      5000,
      'ApplicantRegistered',
    );
    expect(event.payload).toEqual({ applicantId: id, birthDate: '1990-08-17', sex: 'M', emailConfirmed: false });
  });

  it('confirms with the code: Applicant.emailConfirmed, ApplicantEmailConfirmed, and a renewed token that says so', async () => {
    const { id, code, session, identity } = await registered();
    const wrong = await call(CONFIRM, { code: wrongCode(code) }, identity);
    expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(wrong.errors?.[0].extensions).toMatchObject({ reason: 'WRONG_CODE', remainingAttempts: MAX_ATTEMPTS - 1 });
    const confirmed = await call(CONFIRM, { code: ` ${code.slice(0, 3)} ${code.slice(3)} ` }, identity);
    expect(confirmed.data).toEqual({ confirmEmail: { id, emailConfirmed: true } });
    await waitFor(
      () =>
        published.find(
          (e) =>
            e.subject === ApplicantEmailConfirmed.subject && (e.payload as { applicantId: string }).applicantId === id,
        ),
      5000,
      'ApplicantEmailConfirmed',
    );
    const renewed = (await call<{ refreshSession: AuthPayload }>(REFRESH, { token: session.refreshToken })).data!
      .refreshSession;
    expect((await verifier.verify(renewed.accessToken)).emailConfirmed).toBe(true);
    // Confirming again is harmless; the code is gone.
    expect((await call(CONFIRM, { code }, identity)).data).toEqual({ confirmEmail: { id, emailConfirmed: true } });
    expect((await call(RESEND, {}, identity)).data).toEqual({ resendEmailConfirmation: false });
  });

  it('10 racing wrong codes use up exactly the allowed tries, and then even the right code is refused', async () => {
    const { id, code, identity } = await registered();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => call(CONFIRM, { code: wrongCode(code) }, identity)),
    );
    expect(responses.every((response) => errorCodes(response)[0] === 'BAD_USER_INPUT')).toBe(true);
    expect(await failedAttempts(id)).toBe(MAX_ATTEMPTS);
    const refused = await call(CONFIRM, { code }, identity);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ATTEMPTS' });
    // A new code starts afresh, and the old one no longer works.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await call(RESEND, {}, identity)).data).toEqual({ resendEmailConfirmation: true });
    const newCode = loggedConfirmationCode(lines, id)!;
    if (newCode !== code) expect(errorCodes(await call(CONFIRM, { code }, identity))).toEqual(['BAD_USER_INPUT']);
    expect((await call(CONFIRM, { code: newCode }, identity)).data).toEqual({
      confirmEmail: { id, emailConfirmed: true },
    });
  });

  it('refuses an expired code', async () => {
    const { code, identity } = await registered();
    const service = sut.subgraph.app.get(EmailConfirmationService);
    await expect(service.confirm(identity, code, new Date(Date.now() + 31 * 60_000))).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'EXPIRED' },
    });
  });

  it('sends codes again only after a pause, and only to a signed-in applicant', async () => {
    const { identity } = await registered();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await call(RESEND, {}, identity)).data).toEqual({ resendEmailConfirmation: true });
    const tooSoon = await call(RESEND, {}, identity);
    expect(errorCodes(tooSoon)).toEqual(['RATE_LIMITED']);
    expect(retryAfterSeconds(tooSoon)).toBe(1);
    expect(errorCodes(await call(RESEND))).toEqual(['UNAUTHENTICATED']);
    const officer: Identity = { sub: identity.sub, kind: 'officer', roles: ['SUPERVISOR'], officeId: null };
    expect(errorCodes(await call(CONFIRM, { code: '123456' }, officer))).toEqual(['FORBIDDEN']);
  });
});
