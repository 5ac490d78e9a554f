import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { Identity } from '@antrian/auth';
import { EventEnvelope, OfficeCreated, OfficeSnapshotPayload } from '@antrian/contracts';
import { createLogger, Logger } from '@antrian/logging';
import { GraphQLResponse } from '@antrian/testing';

export const REGISTER = `mutation ($input: RegisterApplicantInput!) {
  registerApplicant(input: $input) { id nik email emailConfirmed closedAt }
}`;
export const SIGN_IN = `mutation ($login: String!, $password: String!) {
  signIn(input: { login: $login, password: $password }) { accessToken refreshToken expiresAt }
}`;
export const REFRESH = `mutation ($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }`;

export interface AuthPayload {
  accessToken: string;
  refreshToken: string;
}

let lastAddress = 0;
/** A client address of its own for each use (TEST-NET-3), so that per-address limits of one test never touch another's. */
export function newClientAddress(): string {
  lastAddress += 1;
  return `203.0.${Math.floor(lastAddress / 250)}.${(lastAddress % 250) + 1}`;
}

/** An officer of an office, as the gateway would forward her (she need not exist for permission checks). */
export function officerOf(officeId: string | null, roles: Identity['roles']): Identity {
  return { sub: randomUUID(), kind: 'officer', roles, officeId };
}

/** The retry wait a RATE_LIMITED response asks for. */
export function retryAfterSeconds(response: GraphQLResponse<unknown>): number | undefined {
  const value = response.errors?.[0]?.extensions?.retryAfterSeconds;
  return typeof value === 'number' ? value : undefined;
}

/** A logger that keeps every line it writes (JSON, as pino writes them), to look for codes and personal data. */
export function capturingLogger(name: string): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger(name, 'info', destination), lines };
}

/** The code the development mail adapter logged for this applicant last, if any. */
export function loggedConfirmationCode(lines: readonly string[], applicantId: string): string | undefined {
  for (const line of [...lines].reverse()) {
    const entry = JSON.parse(line) as { mail?: string; applicantId?: string; code?: string };
    if (entry.mail === 'EMAIL_CONFIRMATION_CODE' && entry.applicantId === applicantId) return entry.code;
  }
  return undefined;
}

/** What scheduling publishes when an ADMIN creates an office. */
export function officeCreated(officeId: string): EventEnvelope<OfficeSnapshotPayload> {
  return {
    id: randomUUID(),
    subject: OfficeCreated.subject,
    version: OfficeCreated.version,
    occurredAt: new Date().toISOString(),
    payload: {
      officeId,
      code: 'KDR',
      name: 'Kantor Imigrasi Kediri',
      timeZone: 'Asia/Jakarta',
      checkInOpensMinutesBefore: 60,
    },
  };
}
