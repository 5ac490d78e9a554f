import { defineMessages } from './define-messages';

/**
 * The counter service outside its tickets, calls and counters folders (which keep their own
 * area): who may check in, QR codes and booking codes, the board, reception's priority check.
 */
export const counterDeskMessages = defineMessages(
  {
    'counterDesk.noSuchOffice': () => 'Kantor tidak ditemukan.',
    'counterDesk.noSuchTicket': () => 'Tiket tidak ditemukan.',
    'counterDesk.checkInByKioskOrOfficer': () => 'Hanya kios atau petugas kantor ini yang dapat melakukan check-in.',
    'counterDesk.kioskScansOfficerTypes': () => 'Kios memindai kode QR pemesanan; petugas mengetik kode pemesanan.',
    'counterDesk.officeStaffOnly': () => 'Hanya petugas dan perangkat kantor ini yang dapat melihat ini.',
    'counterDesk.expiredQr': () => 'Kode QR ini sudah kedaluwarsa: sesinya sudah berakhir.',
    'counterDesk.invalidQr': () =>
      'Ini bukan kode QR pemesanan yang sah. Tunjukkan kode QR pemesanan Anda, atau tanyakan kepada petugas.',
    'counterDesk.otherOfficeQr': () => 'Pemesanan ini untuk kantor lain: check-in dilakukan di sana.',
    'counterDesk.noSuchCode': (p: { code: string }) => `Tidak ada pemesanan dengan kode ${p.code}.`,
    'counterDesk.tooManyFailedCodes': (p: { seconds: number }) =>
      `Terlalu banyak kode yang tidak cocok. Silakan coba lagi dalam ${p.seconds} detik.`,
    'counterDesk.notReception': () =>
      'Hanya petugas loket penerimaan atau supervisor kantor ini yang dapat mengonfirmasi kelompok prioritas.',
    'counterDesk.priorityKeptFinished': (p: { number: string }) =>
      `${p.number}: tiket yang sudah selesai tetap dengan prioritasnya.`,
    'counterDesk.priorityKeptNoShow': (p: { number: string }) =>
      `${p.number}: tiket yang tidak hadir tetap dengan prioritasnya.`,
  },
  {
    'counterDesk.noSuchOffice': () => 'No such office.',
    'counterDesk.noSuchTicket': () => 'No such ticket.',
    'counterDesk.checkInByKioskOrOfficer': () => 'Only a kiosk or an officer of this office checks bookings in.',
    'counterDesk.kioskScansOfficerTypes': () => 'A kiosk scans the booking’s QR code; an officer types booking codes.',
    'counterDesk.officeStaffOnly': () => 'Only the officers and devices of this office may see this.',
    'counterDesk.expiredQr': () => 'This QR code has expired: its session is over.',
    'counterDesk.invalidQr': () =>
      'This is not a valid booking QR code. Please show the QR code of your booking, or ask an officer.',
    'counterDesk.otherOfficeQr': () => 'This booking is for another office: it is checked in there.',
    'counterDesk.noSuchCode': (p) => `No booking has the code ${p.code}.`,
    'counterDesk.tooManyFailedCodes': (p) =>
      `Too many codes that match nothing. Please try again in ${p.seconds} seconds.`,
    'counterDesk.notReception': () => 'Only reception or a supervisor of this office confirms a priority group.',
    'counterDesk.priorityKeptFinished': (p) => `${p.number}: a finished ticket keeps its priority.`,
    'counterDesk.priorityKeptNoShow': (p) => `${p.number}: a no-show ticket keeps its priority.`,
  },
);
