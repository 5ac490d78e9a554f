import { checkNik as serverCheckNik } from '../../../../identity/src/applicants/nik';
import { checkNik } from './nik-rule';

/** The page checks the NIK as she types with the very rules the identity service applies. */
describe('the NIK rule of the registration page', () => {
  const birthDates = ['1990-08-17', '2000-02-29', '1999-02-28', '1985-12-31', '2020-08-15'];
  const niks = [
    '3505015708900002',
    '3505011708900002',
    '3505015708900000',
    '9905015708900002',
    '3500015708900002',
    '3505005708900002',
    '3505013208900002',
    '3505017208900002',
    '3505012902000001',
    '3505016902000001',
    '3505012902990001',
    '350501570890000',
    '35050157089000021',
    '35050157089000a2',
    '3505015508200003',
    '',
  ];

  it.each(niks.flatMap((nik) => birthDates.map((birthDate) => [nik, birthDate])))(
    'gives the server’s verdict for %s born %s',
    (nik, birthDate) => {
      expect(checkNik(nik, birthDate)).toBe(serverCheckNik(nik, birthDate));
    },
  );

  it('agrees with the server on random NIKs', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 2000; i++) {
      const nik = Array.from({ length: 16 }, () => Math.floor(random() * 10)).join('');
      const birthDate = `${1950 + Math.floor(random() * 70)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
      expect(checkNik(nik, birthDate)).toBe(serverCheckNik(nik, birthDate));
    }
  });
});
