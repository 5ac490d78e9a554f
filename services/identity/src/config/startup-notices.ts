import { IdentityConfig } from './identity.config';

export interface StartupNotice {
  level: 'info' | 'warn';
  message: string;
}

/**
 * What identity says once at start about how it protects registration, so that nobody runs it
 * believing it does more: whether applicants must confirm their e-mail before booking, and, in
 * production, which ports still have their development adapters (see docs/security.md).
 */
export function startupNotices(
  config: Pick<IdentityConfig, 'NODE_ENV' | 'EMAIL_CONFIRMATION_REQUIRED'>,
): StartupNotice[] {
  const notices: StartupNotice[] = [];
  if (config.EMAIL_CONFIRMATION_REQUIRED) {
    notices.push({
      level: 'info',
      message: 'E-mail confirmation is on: applicants book only after confirming their e-mail with the code sent to it',
    });
  } else {
    notices.push({
      level: config.NODE_ENV === 'production' ? 'warn' : 'info',
      message:
        'E-mail confirmation is off (EMAIL_CONFIRMATION_REQUIRED=false): applicants book without confirming their e-mail; confirmation codes are still sent',
    });
  }
  if (config.NODE_ENV === 'production') {
    notices.push({
      level: 'warn',
      message:
        'The mail port has its development adapter: confirmation codes and notices are written to the log, not mailed (docs/security.md says what to plug in)',
    });
    notices.push({
      level: 'warn',
      message:
        'The registration check port has its development adapter: no population registry check and no CAPTCHA (docs/security.md)',
    });
  } else {
    notices.push({
      level: 'info',
      message: 'Development mail adapter: e-mail confirmation codes are written to this log',
    });
  }
  return notices;
}
