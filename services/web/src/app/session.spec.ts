import { decodeDeviceSetup, encodeDeviceSetup, readSession, writeSession } from './session';

describe('device setup codes (a supervisor hands a kiosk its registration)', () => {
  it('round-trips through the URL-safe code, names with any letters included', () => {
    const setup = {
      officeId: 'o-1',
      kind: 'KIOSK' as const,
      name: 'Kiosk pintu masuk — lantai 1',
      refreshToken: 'r+/=x',
    };
    const code = encodeDeviceSetup(setup);
    expect(code).toMatch(/^[\w-]+$/);
    expect(decodeDeviceSetup(code)).toEqual(setup);
  });

  it('refuses anything that is not a registration', () => {
    expect(decodeDeviceSetup('not-a-code')).toBeNull();
    expect(
      decodeDeviceSetup(encodeDeviceSetup({ officeId: 'o', kind: 'KIOSK', name: '', refreshToken: 'r' }).slice(3)),
    ).toBeNull();
    expect(decodeDeviceSetup(btoa(JSON.stringify({ officeId: 'o', kind: 'PHONE', refreshToken: 'r' })))).toBeNull();
  });

  it('keeps each role’s session apart', () => {
    writeSession('officer', { accessToken: 'a', refreshToken: 'b', expiresAt: '2030-01-01T00:00:00Z' });
    expect(readSession('officer')?.accessToken).toBe('a');
    expect(readSession('applicant')).toBeNull();
    writeSession('officer', null);
    expect(readSession('officer')).toBeNull();
  });
});
