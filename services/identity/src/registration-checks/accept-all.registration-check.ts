import { Injectable } from '@nestjs/common';
import { RegistrationCheck, RegistrationCheckVerdict } from './registration-check.port';

/** The development adapter: no registry and no CAPTCHA to ask, so every registration passes. */
@Injectable()
export class AcceptAllRegistrationCheck implements RegistrationCheck {
  async check(): Promise<RegistrationCheckVerdict> {
    return { ok: true };
  }
}
