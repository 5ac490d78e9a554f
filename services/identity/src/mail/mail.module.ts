import { Module } from '@nestjs/common';
import { LogMailer } from './log-mailer';
import { MAILER } from './mailer.port';

/** The mail port; a production deployment provides its own adapter under MAILER here. */
@Module({
  providers: [{ provide: MAILER, useClass: LogMailer }],
  exports: [MAILER],
})
export class MailModule {}
