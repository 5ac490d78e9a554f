/**
 * The tokens each kind of user keeps in this browser: an applicant on her phone, an officer at her
 * console, a kiosk or board set up once by a supervisor. Kept apart so that one browser may be both.
 */
export type Role = 'applicant' | 'officer' | 'device';

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
}

export interface DeviceSetup {
  officeId: string;
  name: string;
  kind: 'KIOSK' | 'BOARD';
  refreshToken: string;
}

const key = (role: Role) => `antrian.session.${role}`;
const listeners = new Set<() => void>();

export function readSession(role: Role): Session | null {
  try {
    const raw = window.localStorage.getItem(key(role));
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function writeSession(role: Role, session: Session | null): void {
  if (session) window.localStorage.setItem(key(role), JSON.stringify(session));
  else window.localStorage.removeItem(key(role));
  listeners.forEach((listener) => listener());
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A supervisor's device registration, handed over as a QR code or link: base64url JSON. */
export function encodeDeviceSetup(setup: DeviceSetup): string {
  const bytes = new TextEncoder().encode(JSON.stringify(setup));
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeDeviceSetup(code: string): DeviceSetup | null {
  try {
    const base64 = code.trim().replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const parsed = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    if (
      typeof parsed.officeId === 'string' &&
      typeof parsed.refreshToken === 'string' &&
      (parsed.kind === 'KIOSK' || parsed.kind === 'BOARD')
    ) {
      return {
        officeId: parsed.officeId,
        refreshToken: parsed.refreshToken,
        kind: parsed.kind,
        name: String(parsed.name ?? ''),
      };
    }
    return null;
  } catch {
    return null;
  }
}

const setupKey = 'antrian.device';

export function readDeviceSetup(): DeviceSetup | null {
  const raw = window.localStorage.getItem(setupKey);
  return raw ? decodeDeviceSetup(raw) : null;
}

export function writeDeviceSetup(setup: DeviceSetup | null): void {
  if (setup) window.localStorage.setItem(setupKey, encodeDeviceSetup(setup));
  else window.localStorage.removeItem(setupKey);
  listeners.forEach((listener) => listener());
}
