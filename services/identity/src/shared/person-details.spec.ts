import { judgePersonDetails, latestPossibleBirthDate, personFacts } from './person-details';
import { message } from '@antrian/messages';

const NOW = new Date('2025-06-01T03:00:00Z');
const valid = { nik: '3505015708900002', fullName: '  Siti Rahayu ', birthDate: '1990-08-17' };

describe('judgePersonDetails', () => {
  it('accepts a valid person and trims her name', () => {
    expect(judgePersonDetails(valid, NOW)).toEqual({ ok: true, fullName: 'Siti Rahayu' });
  });

  it('refuses a NIK that breaks the rules or disagrees with the birth date as INVALID_NIK', () => {
    expect(judgePersonDetails({ ...valid, nik: '350501570890000' }, NOW)).toMatchObject({
      ok: false,
      code: 'INVALID_NIK',
      details: { reason: 'FORMAT' },
    });
    expect(judgePersonDetails({ ...valid, birthDate: '1990-08-18' }, NOW)).toMatchObject({
      code: 'INVALID_NIK',
      details: { reason: 'DATE_MISMATCH' },
    });
  });

  it('refuses a birth date in the future, but not one that is already today in Papua', () => {
    expect(judgePersonDetails({ ...valid, nik: '3505015706250002', birthDate: '2025-06-17' }, NOW)).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    // 22:00 UTC on 31 May is already 1 June in WIT (UTC+9).
    const lateEvening = new Date('2025-05-31T22:00:00Z');
    expect(latestPossibleBirthDate(lateEvening)).toBe('2025-06-01');
    expect(judgePersonDetails({ ...valid, nik: '3505014106250002', birthDate: '2025-06-01' }, lateEvening).ok).toBe(
      true,
    );
  });

  it('refuses a birth date before 1900, even with a NIK that matches it', () => {
    expect(judgePersonDetails({ ...valid, nik: '3505015708990002', birthDate: '1899-08-17' }, NOW)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: message('identity.birthDateBefore1900'),
    });
    expect(judgePersonDetails({ ...valid, nik: '3505014101000002', birthDate: '1900-01-01' }, NOW).ok).toBe(true);
  });

  it('refuses a blank or overlong name', () => {
    expect(judgePersonDetails({ ...valid, fullName: '   ' }, NOW)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(judgePersonDetails({ ...valid, fullName: 'a'.repeat(101) }, NOW)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(judgePersonDetails({ ...valid, fullName: ` ${'a'.repeat(100)} ` }, NOW).ok).toBe(true);
  });
});

describe('personFacts', () => {
  it('gives the birth date and the sex the NIK encodes, nothing else', () => {
    expect(personFacts(valid)).toEqual({ birthDate: '1990-08-17', sex: 'F' });
    expect(personFacts({ nik: '3505011708900001', birthDate: '1990-08-17' })).toEqual({
      birthDate: '1990-08-17',
      sex: 'M',
    });
  });
});
