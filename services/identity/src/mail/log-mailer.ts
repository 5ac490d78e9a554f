import { Inject, Injectable } from '@nestjs/common';
import { Logger } from '@antrian/logging';
import { IDENTITY_LOGGER } from '../identity.tokens';
import { Mailer, MailMessage } from './mailer.port';

/**
 * The development adapter: writes what would be sent to the log, naming the applicant's id and
 * never her address. A confirmation code is written whole, so that it can be typed in under
 * `npm start`; an officer's reason is left out (it may name people).
 */
@Injectable()
export class LogMailer implements Mailer {
  constructor(@Inject(IDENTITY_LOGGER) private readonly logger: Logger) {}

  async send({ applicantId, notice }: MailMessage): Promise<void> {
    switch (notice.kind) {
      case 'EMAIL_CONFIRMATION_CODE':
        this.logger.info(
          { applicantId, mail: notice.kind, code: notice.code, expiresAt: notice.expiresAt.toISOString() },
          `e-mail confirmation code for applicant ${applicantId}: ${notice.code} (development mail adapter)`,
        );
        return;
      case 'ACCOUNT_CLOSED':
      case 'FAMILY_MEMBER_REMOVED':
        this.logger.info(
          { applicantId, mail: notice.kind },
          `notice ${notice.kind} for applicant ${applicantId} (development mail adapter)`,
        );
        return;
    }
  }
}
