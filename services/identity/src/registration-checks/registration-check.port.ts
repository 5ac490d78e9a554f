import { LocalizedMessage } from '@antrian/messages';
/**
 * What a production deployment checks before an account is made, beyond the NIK's own rules:
 * that the population registry (Dukcapil) knows this NIK with this name and birth date, and that
 * a person, not a script, is registering (a CAPTCHA's answer). The development adapter accepts
 * everyone.
 */
export interface RegistrationRequest {
  nik: string;
  /** Trimmed. */
  fullName: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  clientAddress: string | null;
  /** The CAPTCHA's answer, where the client shows one; null otherwise. */
  captchaToken: string | null;
}

export type RegistrationCheckVerdict =
  { ok: true } | { ok: false; code: 'INVALID_NIK' | 'BAD_USER_INPUT'; message: LocalizedMessage };

export interface RegistrationCheck {
  check(request: RegistrationRequest): Promise<RegistrationCheckVerdict>;
}

export const REGISTRATION_CHECK = Symbol('REGISTRATION_CHECK');
