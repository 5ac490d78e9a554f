import { actsForOffice, Identity } from '@antrian/auth';
import { OFFICE_AUDIENCE_SUB, officeAudienceIdentity, officeAudienceVerdict } from './office-audience';

const officer = (roles: Identity['roles'], officeId: string | null): Identity => ({
  sub: `officer-${roles.join('-')}-${officeId}`,
  kind: 'officer',
  roles,
  officeId,
});

describe('officeAudienceVerdict', () => {
  it.each<[string, Identity]>([
    ['a RECEPTION officer of the office', officer(['RECEPTION'], 'office-1')],
    ['its SUPERVISOR', officer(['SUPERVISOR'], 'office-1')],
    ['an officer of the office with no role', officer([], 'office-1')],
    ['a national ADMIN', officer(['ADMIN'], null)],
  ])('lets %s watch the office', (_who, identity) => {
    expect(officeAudienceVerdict(identity, 'office-1')).toBe('ALLOWED');
  });

  it.each<[string, Identity]>([
    ['a SUPERVISOR of another office', officer(['SUPERVISOR'], 'office-2')],
    ['an applicant', { sub: 'a1', kind: 'applicant', roles: [], officeId: null }],
    ['a board of the office', { sub: 'b1', kind: 'device', deviceKind: 'BOARD', roles: [], officeId: 'office-1' }],
    ['a kiosk of the office', { sub: 'k1', kind: 'device', deviceKind: 'KIOSK', roles: [], officeId: 'office-1' }],
    ['an applicant who claims roles', { sub: 'a2', kind: 'applicant', roles: ['ADMIN'], officeId: 'office-1' }],
  ])('refuses %s (FORBIDDEN)', (_who, identity) => {
    expect(officeAudienceVerdict(identity, 'office-1')).toBe('FORBIDDEN');
  });

  it('turns anonymous callers away as UNAUTHENTICATED', () => {
    expect(officeAudienceVerdict(null, 'office-1')).toBe('UNAUTHENTICATED');
  });
});

describe('officeAudienceIdentity', () => {
  it('is an officer of that office alone, with no role and no real principal behind it', () => {
    const audience = officeAudienceIdentity('office-1');
    expect(audience).toEqual({ sub: OFFICE_AUDIENCE_SUB, kind: 'officer', roles: [], officeId: 'office-1' });
    expect(actsForOffice(audience, 'office-1')).toBe(true);
    expect(actsForOffice(audience, 'office-2')).toBe(false);
  });
});
