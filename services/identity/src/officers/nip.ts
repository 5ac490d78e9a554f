import { isCalendarDate } from '@antrian/subgraph';

/**
 * NIP (Nomor Induk Pegawai), 18 digits: birth date YYYYMMDD, appointment YYYYMM, sex (1 or 2)
 * and a three-digit serial.
 */
export function isValidNip(nip: string): boolean {
  if (!/^\d{18}$/.test(nip)) return false;
  const birth = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const appointmentMonth = Number(nip.slice(12, 14));
  return isCalendarDate(birth) && appointmentMonth >= 1 && appointmentMonth <= 12 && ['1', '2'].includes(nip[14]);
}
