import { Identity } from '@antrian/auth';
import { cancelReason, mayAddHoliday, mayCancelSession, sessionCancellation } from './office-cancellation-rules';

const OFFICE = '0a000000-0000-4000-8000-000000000001';
const OTHER = '0b000000-0000-4000-8000-000000000002';
const officer = (roles: Identity['roles'], officeId: string | null = OFFICE): Identity => ({
  sub: 's',
  kind: 'officer',
  roles,
  officeId,
});
const supervisor = officer(['SUPERVISOR']);
const admin = officer(['ADMIN'], null);
const reception = officer(['RECEPTION']);
const otherSupervisor = officer(['SUPERVISOR'], OTHER);
const applicant: Identity = { sub: 'a', kind: 'applicant', roles: [], officeId: null };
const kiosk: Identity = { sub: 'k', kind: 'device', roles: [], officeId: OFFICE, deviceKind: 'KIOSK' };

describe('who may cancel a session', () => {
  it('is a supervisor of its office or an administrator', () => {
    expect(mayCancelSession(supervisor, OFFICE)).toBe(true);
    expect(mayCancelSession(admin, OFFICE)).toBe(true);
  });

  it('is not a supervisor of another office, another role, an applicant, a device or nobody', () => {
    expect(mayCancelSession(otherSupervisor, OFFICE)).toBe(false);
    expect(mayCancelSession(reception, OFFICE)).toBe(false);
    expect(mayCancelSession(applicant, OFFICE)).toBe(false);
    expect(mayCancelSession(kiosk, OFFICE)).toBe(false);
    expect(mayCancelSession(null, OFFICE)).toBe(false);
  });
});

describe('who may add a holiday', () => {
  it('lets an administrator add a national holiday or one office’s', () => {
    expect(mayAddHoliday(admin, null)).toBe(true);
    expect(mayAddHoliday(admin, OFFICE)).toBe(true);
  });

  it('lets a supervisor close her own office only, never the country or another office', () => {
    expect(mayAddHoliday(supervisor, OFFICE)).toBe(true);
    expect(mayAddHoliday(supervisor, OTHER)).toBe(false);
    expect(mayAddHoliday(supervisor, null)).toBe(false);
    expect(mayAddHoliday(reception, OFFICE)).toBe(false);
    expect(mayAddHoliday(applicant, OFFICE)).toBe(false);
  });
});

describe('a cancellation reason', () => {
  it('is trimmed and has 1 to 200 characters', () => {
    expect(cancelReason('  Pemadaman listrik ')).toBe('Pemadaman listrik');
    expect(cancelReason('   ')).toBeNull();
    expect(cancelReason('x'.repeat(201))).toBeNull();
    expect(cancelReason('x'.repeat(200))).toHaveLength(200);
  });
});

describe('whether a session can be cancelled', () => {
  const now = new Date('2026-12-01T03:00:00Z');
  it('is once, before it ends', () => {
    expect(sessionCancellation({ endsAt: new Date('2026-12-01T04:00:00Z'), cancelledAt: null }, now)).toBe('OK');
    expect(sessionCancellation({ endsAt: new Date('2026-12-01T03:00:00Z'), cancelledAt: null }, now)).toBe('ENDED');
    expect(sessionCancellation({ endsAt: new Date('2026-12-01T04:00:00Z'), cancelledAt: now }, now)).toBe(
      'ALREADY_CANCELLED',
    );
  });
});
