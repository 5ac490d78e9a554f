import {
  ConfirmationCodes,
  judgeCodeAttempt,
  newConfirmationCode,
  normaliseTypedCode,
  secondsBeforeResend,
} from './confirmation-code-rules';

const NOW = new Date('2026-06-01T03:00:00Z');
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe('e-mail confirmation codes', () => {
  it('are six digits', () => {
    for (let i = 0; i < 50; i += 1) expect(newConfirmationCode()).toMatch(/^\d{6}$/);
  });

  it('are stored as a hash that matches the code for its own account only', () => {
    const codes = new ConfirmationCodes('signing key');
    const hash = codes.hash('applicant-1', '042917');
    expect(hash).not.toContain('042917');
    expect(codes.matches('applicant-1', '042917', hash)).toBe(true);
    expect(codes.matches('applicant-1', ' 042-917 ', hash)).toBe(true);
    expect(codes.matches('applicant-1', '042918', hash)).toBe(false);
    expect(codes.matches('applicant-2', '042917', hash)).toBe(false);
    expect(new ConfirmationCodes('another key').matches('applicant-1', '042917', hash)).toBe(false);
  });

  it('ignore spaces and dashes typed with them', () => {
    expect(normaliseTypedCode(' 12 34-56 ')).toBe('123456');
  });

  it('are checked only while one is pending, unexpired and with tries left', () => {
    const pending = { expiresAt: later(60), failedAttempts: 0 };
    expect(judgeCodeAttempt(pending, NOW, 5)).toBe('CHECK');
    expect(judgeCodeAttempt({ ...pending, failedAttempts: 4 }, NOW, 5)).toBe('CHECK');
    expect(judgeCodeAttempt({ ...pending, failedAttempts: 5 }, NOW, 5)).toBe('TOO_MANY_ATTEMPTS');
    expect(judgeCodeAttempt(pending, later(60), 5)).toBe('EXPIRED');
    expect(judgeCodeAttempt(null, NOW, 5)).toBe('NO_CODE');
  });

  it('are sent again only after the interval', () => {
    expect(secondsBeforeResend(null, NOW, 60)).toBe(0);
    expect(secondsBeforeResend(NOW, later(1), 60)).toBe(59);
    expect(secondsBeforeResend(NOW, later(60), 60)).toBe(0);
  });
});
