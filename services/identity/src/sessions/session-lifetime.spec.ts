import { refreshTokenExpiresAt, sessionEndsAt, SessionLifetimes } from './session-lifetime';

const DAY = 86_400_000;
const lifetimes: SessionLifetimes = {
  refreshTokenTtlMs: 30 * DAY,
  maxAgeMs: { applicant: 30 * DAY, officer: 12 * 3_600_000, device: null },
};
const signedIn = new Date('2026-06-01T00:00:00Z');
const at = (ms: number) => new Date(signedIn.getTime() + ms);

describe('session lifetimes', () => {
  it('end an applicant’s session 30 days and an officer’s 12 hours after sign-in; a device’s only when revoked', () => {
    expect(sessionEndsAt('applicant', signedIn, lifetimes)).toEqual(at(30 * DAY));
    expect(sessionEndsAt('officer', signedIn, lifetimes)).toEqual(at(12 * 3_600_000));
    expect(sessionEndsAt('device', signedIn, lifetimes)).toBeNull();
  });

  it('let no renewal outlive the session', () => {
    const officerEnd = sessionEndsAt('officer', signedIn, lifetimes);
    // Renewed 11 hours in: the new refresh token still stops at the twelfth hour.
    expect(refreshTokenExpiresAt(at(11 * 3_600_000), officerEnd, lifetimes)).toEqual(officerEnd);
    const applicantEnd = sessionEndsAt('applicant', signedIn, lifetimes);
    expect(refreshTokenExpiresAt(at(29 * DAY), applicantEnd, lifetimes)).toEqual(applicantEnd);
  });

  it('let a refresh token unused for its TTL expire, and a device renew for ever', () => {
    expect(refreshTokenExpiresAt(signedIn, null, lifetimes)).toEqual(at(30 * DAY));
    expect(refreshTokenExpiresAt(at(400 * DAY), null, lifetimes)).toEqual(at(430 * DAY));
  });
});
