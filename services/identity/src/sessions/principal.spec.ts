import { ApplicantEntity } from '../applicants/applicant.entity';
import { DeviceEntity } from '../devices/device.entity';
import { OfficerEntity } from '../officers/officer.entity';
import { identityOf, isActive, Principal } from './principal';

const applicant = (over: Partial<ApplicantEntity> = {}): Principal => ({
  kind: 'applicant',
  entity: { id: 'a', emailConfirmedAt: null, closedAt: null, ...over } as ApplicantEntity,
});
const officer = (over: Partial<OfficerEntity> = {}): Principal => ({
  kind: 'officer',
  entity: { id: 'o', roles: ['SUPERVISOR'], officeId: 'office', deactivatedAt: null, ...over } as OfficerEntity,
});
const device = (over: Partial<DeviceEntity> = {}): Principal => ({
  kind: 'device',
  entity: { id: 'd', kind: 'KIOSK', officeId: 'office', revokedAt: null, ...over } as DeviceEntity,
});

describe('principals', () => {
  it('say an applicant may book only once confirmed, where confirmation is required', () => {
    expect(identityOf(applicant(), 's', true).emailConfirmed).toBe(false);
    expect(identityOf(applicant({ emailConfirmedAt: new Date() }), 's', true).emailConfirmed).toBe(true);
    expect(identityOf(applicant(), 's', false).emailConfirmed).toBe(true);
  });

  it('name the session in every kind of identity, and the e-mail claim only in an applicant’s', () => {
    expect(identityOf(applicant(), 'family-1', true)).toEqual({
      sub: 'a',
      kind: 'applicant',
      roles: [],
      officeId: null,
      emailConfirmed: false,
      sessionId: 'family-1',
    });
    expect(identityOf(officer(), 'family-2', true)).toEqual({
      sub: 'o',
      kind: 'officer',
      roles: ['SUPERVISOR'],
      officeId: 'office',
      sessionId: 'family-2',
    });
    expect(identityOf(device(), 'family-3', true)).toMatchObject({
      kind: 'device',
      deviceKind: 'KIOSK',
      sessionId: 'family-3',
    });
  });

  it('are inactive once closed, deactivated or revoked', () => {
    expect([applicant(), officer(), device()].every(isActive)).toBe(true);
    expect(isActive(applicant({ closedAt: new Date() }))).toBe(false);
    expect(isActive(officer({ deactivatedAt: new Date() }))).toBe(false);
    expect(isActive(device({ revokedAt: new Date() }))).toBe(false);
  });
});
