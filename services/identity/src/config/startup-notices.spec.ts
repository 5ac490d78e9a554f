import { startupNotices } from './startup-notices';

describe('startupNotices', () => {
  it('says under npm start that e-mail confirmation is off and where the codes go', () => {
    const notices = startupNotices({ NODE_ENV: 'development', EMAIL_CONFIRMATION_REQUIRED: false });
    expect(notices.map((notice) => notice.message)).toEqual([
      expect.stringContaining('E-mail confirmation is off'),
      expect.stringContaining('written to this log'),
    ]);
  });

  it('says in production that confirmation is on, and warns of the development adapters left in place', () => {
    const notices = startupNotices({ NODE_ENV: 'production', EMAIL_CONFIRMATION_REQUIRED: true });
    expect(notices[0]).toEqual({ level: 'info', message: expect.stringContaining('E-mail confirmation is on') });
    expect(notices.filter((notice) => notice.level === 'warn')).toHaveLength(2);
  });

  it('warns when production turns confirmation off', () => {
    expect(startupNotices({ NODE_ENV: 'production', EMAIL_CONFIRMATION_REQUIRED: false })[0]).toMatchObject({
      level: 'warn',
    });
  });
});
