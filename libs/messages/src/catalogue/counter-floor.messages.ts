import { defineMessages } from './define-messages';

/** The ticket statuses and moves a refusal names, as codes: each language puts them into words. */
type Status = 'WAITING' | 'CALLED' | 'SERVING' | 'ON_HOLD' | 'NO_SHOW' | 'DONE';
type Action = 'CALL' | 'RECALL' | 'START' | 'COMPLETE' | 'NO_SHOW' | 'REJOIN' | 'HOLD' | 'RESUME' | 'TRANSFER';

const STATUS_ID: Record<Status, string> = {
  WAITING: 'menunggu',
  CALLED: 'sudah dipanggil',
  SERVING: 'sedang dilayani',
  ON_HOLD: 'ditangguhkan',
  NO_SHOW: 'tidak hadir',
  DONE: 'selesai',
};
const ACTION_ID: Record<Action, string> = {
  CALL: 'dipanggil',
  RECALL: 'dipanggil ulang',
  START: 'mulai dilayani',
  COMPLETE: 'diselesaikan',
  NO_SHOW: 'ditandai tidak hadir',
  REJOIN: 'dikembalikan ke antrian',
  HOLD: 'ditangguhkan',
  RESUME: 'dilanjutkan',
  TRANSFER: 'dialihkan',
};
const HINT_ID: Partial<Record<Action, string>> = {
  RECALL: 'hanya tiket yang sudah dipanggil yang dapat dipanggil ulang',
  START: 'panggil dahulu',
  COMPLETE: 'mulai layani dahulu',
  NO_SHOW: 'hanya tiket yang sudah dipanggil yang dapat ditandai tidak hadir',
  REJOIN: 'hanya tiket tidak hadir yang dapat kembali ke antrian',
  RESUME: 'hanya tiket yang ditangguhkan yang dapat dilanjutkan',
  TRANSFER: 'hanya tiket yang dipanggil atau dilayani di loket yang dapat dialihkan',
};
const STATUS_EN: Record<Status, string> = {
  WAITING: 'waiting',
  CALLED: 'called',
  SERVING: 'served',
  ON_HOLD: 'on-hold',
  NO_SHOW: 'no-show',
  DONE: 'done',
};
const ACTION_EN: Record<Action, string> = {
  CALL: 'called',
  RECALL: 'called again',
  START: 'started',
  COMPLETE: 'completed',
  NO_SHOW: 'marked as a no-show',
  REJOIN: 'put back in the queue',
  HOLD: 'put on hold',
  RESUME: 'resumed',
  TRANSFER: 'transferred',
};
const HINT_EN: Partial<Record<Action, string>> = {
  RECALL: 'only a called ticket is called again',
  START: 'call it first',
  COMPLETE: 'start serving it first',
  NO_SHOW: 'only a called ticket can be a no-show',
  REJOIN: 'only a no-show re-joins the queue',
  RESUME: 'only a ticket on hold is resumed',
  TRANSFER: 'only a ticket called or served at a counter is sent to another',
};

/** The office floor: check-in, walk-ins, tickets, counters and calls (the counter service). */
export const counterFloorMessages = defineMessages(
  {
    'counterFloor.noSuchOffice': () => 'Kantor tidak ditemukan (atau datanya belum sampai ke lantai layanan).',
    'counterFloor.noSuchTicket': () => 'Tiket tidak ditemukan.',
    'counterFloor.noSuchCounter': () => 'Loket tidak ditemukan.',
    'counterFloor.noSuchCounterAtOffice': () => 'Loket tidak ditemukan di kantor ini.',
    'counterFloor.officeUnknownToFloor': () => 'Kantor loket ini belum dikenal oleh lantai layanan.',
    // check-in and pickup
    'counterFloor.checkIn.oneOf': () => 'Berikan token QR atau kode pemesanan (salah satu saja).',
    'counterFloor.checkIn.bookingCancelled': () =>
      'Pemesanan ini sudah dibatalkan: buat pemesanan baru, atau tanyakan kepada petugas.',
    'counterFloor.checkIn.sessionCancelled': (p: { reason: string }) =>
      `Sesi pemesanan ini dibatalkan oleh kantor${p.reason ? ` (${p.reason})` : ''}: buat pemesanan baru, atau tanyakan kepada petugas.`,
    'counterFloor.checkIn.bookingNoShow': () => 'Hari pemesanan ini sudah lewat; pemesanan dicatat tidak hadir.',
    'counterFloor.checkIn.tooEarly': (p: { opensAt: string }) =>
      `Terlalu awal: check-in untuk pemesanan ini dibuka pukul ${p.opensAt} (waktu kantor).`,
    'counterFloor.checkIn.tooLate': (p: { closesAt: string }) =>
      `Terlambat: check-in untuk pemesanan ini ditutup pukul ${p.closesAt} (waktu kantor), saat sesinya berakhir; petugas dapat membantu dengan tiket tanpa pemesanan.`,
    'counterFloor.checkIn.alreadyCheckedIn': (p: { number: string | null }) =>
      p.number ? `Pemesanan ini sudah check-in: tiket ${p.number}.` : 'Pemesanan ini sudah check-in.',
    'counterFloor.pickup.notReady': () => 'Permohonan ini belum selesai diputuskan: paspornya belum siap.',
    // walk-ins
    'counterFloor.walkIn.capReached': (p: { cap: number }) =>
      `Tiket tanpa pemesanan hari ini sudah habis (batas kantor ${p.cap} per hari): datanglah dengan pemesanan.`,
    'counterFloor.walkIn.priorityCapReached': (p: { cap: number }) =>
      `Tiket prioritas tanpa pemesanan hari ini sudah habis (batas kantor ${p.cap} per hari): datanglah dengan pemesanan, yang tetap dipanggil lebih dahulu.`,
    'counterFloor.walkIn.giveACap': () =>
      'Berikan batas tiket tanpa pemesanan (cap), batas tiket prioritas (priorityCap), atau keduanya.',
    'counterFloor.walkIn.capOutOfRange': (p: { max: number }) =>
      `Batas tiket tanpa pemesanan adalah bilangan bulat dari 0 sampai ${p.max}.`,
    'counterFloor.walkIn.priorityCapOutOfRange': (p: { max: number }) =>
      `Batas tiket prioritas tanpa pemesanan adalah bilangan bulat dari 0 sampai ${p.max}.`,
    // tickets
    'counterFloor.ticket.signInToFollow': () => 'Masuk terlebih dahulu untuk mengikuti tiket.',
    'counterFloor.ticket.notYours': () => 'Tiket ini bukan milik Anda.',
    'counterFloor.ticket.done': () => 'Tiket ini sudah selesai: tidak ada lagi yang dapat dilakukan.',
    'counterFloor.ticket.transitionRefused': (p: { number: string; status: Status; action: Action }) =>
      `${p.number}: tiket yang ${STATUS_ID[p.status] ?? p.status} tidak dapat ${ACTION_ID[p.action] ?? p.action}: ${
        HINT_ID[p.action] ?? 'tiket harus menunggu, dipanggil, atau sedang dilayani'
      }.`,
    'counterFloor.ticket.rejoinSameDay': (p: { number: string }) =>
      `${p.number}: tiket tidak hadir hanya dapat kembali ke antrian pada hari tiketnya.`,
    'counterFloor.ticket.holdReason': () => 'Sebutkan alasan tiket ditangguhkan (paling banyak 200 karakter).',
    // calls
    'counterFloor.call.stillAtCounter': (p: { number: string | null; counterName: string }) =>
      `Tiket ${p.number ?? 'yang dipanggil'} masih di ${p.counterName}: selesaikan, tangguhkan, atau tandai tidak hadir terlebih dahulu.`,
    'counterFloor.call.notWaiting': (p: { number: string }) =>
      `${p.number} tidak sedang menunggu: hanya tiket yang menunggu yang dapat dipanggil.`,
    'counterFloor.call.notServedHere': (p: { number: string; counterName: string }) =>
      `${p.number} tidak menunggu untuk tahap yang dilayani ${p.counterName}.`,
    'counterFloor.call.otherDay': (p: { number: string }) => `${p.number} bukan tiket hari ini.`,
    'counterFloor.recall.tooSoon': (p: { number: string; seconds: number }) =>
      `${p.number} baru saja dipanggil: panggil ulang setelah ${p.seconds} detik lagi.`,
    'counterFloor.recall.limitReached': (p: { number: string; maxCalls: number }) =>
      `${p.number} sudah dipanggil ${p.maxCalls} kali, batas kantor ini: tandai tidak hadir.`,
    'counterFloor.transfer.alreadyThere': (p: { number: string; counterName: string }) =>
      `${p.number} sudah berada di ${p.counterName}.`,
    'counterFloor.transfer.stageNotServed': (p: { counterName: string; stage: string }) =>
      `${p.counterName} tidak melayani tahap ${p.stage}.`,
    'counterFloor.act.ticketCounterHeldByAnother': (p: { number: string; counterName: string | null }) =>
      `${p.number} berada di ${p.counterName ?? 'sebuah loket'} yang dipegang petugas lain.`,
    'counterFloor.act.ticketCounterNotOpen': (p: { number: string; counterName: string | null }) =>
      `${p.number} berada di ${p.counterName ?? 'sebuah loket'} yang tidak dibuka.`,
    'counterFloor.act.openStageCounter': (p: { stage: string }) =>
      `Buka terlebih dahulu loket Anda yang melayani tahap ${p.stage}.`,
    // counters
    'counterFloor.counter.notOpen': (p: { counterName: string }) =>
      `${p.counterName} tidak dibuka: buka terlebih dahulu.`,
    'counterFloor.counter.heldByAnother': (p: { counterName: string }) =>
      `${p.counterName} dipegang oleh petugas lain.`,
    'counterFloor.counter.paused': (p: { counterName: string }) =>
      `${p.counterName} sedang dijeda: lanjutkan loket sebelum memanggil.`,
    'counterFloor.counter.needsName': () => 'Loket memerlukan nama.',
    'counterFloor.counter.nameTaken': (p: { name: string }) => `Kantor ini sudah memiliki loket bernama “${p.name}”.`,
    'counterFloor.counter.officerOfOfficeOnly': () => 'Hanya petugas kantor ini yang dapat memegang lokenya.',
    'counterFloor.counter.rolesDoNotCover': (p: { counterName: string; stages: string }) =>
      `${p.counterName} melayani ${p.stages}, yang tidak tercakup dalam peran Anda.`,
    'counterFloor.counter.alreadyHoldAnother': () => 'Anda sudah memegang loket lain: tutup terlebih dahulu.',
    'counterFloor.counter.openedByAnother': (p: { counterName: string }) =>
      `${p.counterName} sudah dibuka dan dipegang petugas lain.`,
    'counterFloor.counter.pauseReason': (p: { max: number }) =>
      `Sebutkan alasan jeda (paling banyak ${p.max} karakter).`,
    // who may do what
    'counterFloor.access.checkInDesk': () => 'Hanya kios atau petugas kantor ini yang dapat melakukan check-in.',
    'counterFloor.access.codeDesk': () => 'Kios memindai kode QR pemesanan; petugas yang mengetik kode pemesanan.',
    'counterFloor.access.floorViewer': () => 'Hanya petugas dan perangkat kantor ini yang dapat melihat ini.',
  },
  {
    'counterFloor.noSuchOffice': () => 'No such office (or its details have not reached the office floor yet).',
    'counterFloor.noSuchTicket': () => 'No such ticket.',
    'counterFloor.noSuchCounter': () => 'No such counter.',
    'counterFloor.noSuchCounterAtOffice': () => 'No such counter at this office.',
    'counterFloor.officeUnknownToFloor': () => 'The office of this counter is not known to the floor.',
    'counterFloor.checkIn.oneOf': () => 'Give either the QR token or the booking code (exactly one of them).',
    'counterFloor.checkIn.bookingCancelled': () => 'This booking was cancelled: book a new visit, or ask an officer.',
    'counterFloor.checkIn.sessionCancelled': (p) =>
      `The office cancelled this booking's session${p.reason ? ` (${p.reason})` : ''}: book a new visit, or ask an officer.`,
    'counterFloor.checkIn.bookingNoShow': () => 'The day of this booking has passed; it was recorded as a no-show.',
    'counterFloor.checkIn.tooEarly': (p) => `Too early: check-in for this booking opens at ${p.opensAt} (office time).`,
    'counterFloor.checkIn.tooLate': (p) =>
      `Too late: check-in for this booking closed at ${p.closesAt} (office time), when its session ended; an officer can help with a walk-in ticket.`,
    'counterFloor.checkIn.alreadyCheckedIn': (p) =>
      p.number ? `This booking is already checked in: ticket ${p.number}.` : 'This booking is already checked in.',
    'counterFloor.pickup.notReady': () =>
      'This application is not through adjudication yet: its passport is not ready.',
    'counterFloor.walkIn.capReached': (p) =>
      `Today's walk-in tickets are all given out (the office's cap is ${p.cap} a day): come back with a booking.`,
    'counterFloor.walkIn.priorityCapReached': (p) =>
      `Today's priority walk-in tickets are all given out (the office's priority walk-in cap is ${p.cap} a day): come back with a booking, which is still called first.`,
    'counterFloor.walkIn.giveACap': () => 'Give the walk-in cap (cap), the priority walk-in cap (priorityCap) or both.',
    'counterFloor.walkIn.capOutOfRange': (p) => `The walk-in cap is a whole number from 0 to ${p.max}.`,
    'counterFloor.walkIn.priorityCapOutOfRange': (p) =>
      `The priority walk-in cap is a whole number from 0 to ${p.max}.`,
    'counterFloor.ticket.signInToFollow': () => 'Sign in to follow a ticket.',
    'counterFloor.ticket.notYours': () => 'This ticket is not yours.',
    'counterFloor.ticket.done': () => 'This ticket is done: nothing more happens to it.',
    'counterFloor.ticket.transitionRefused': (p) =>
      `${p.number}: a ${STATUS_EN[p.status] ?? p.status} ticket cannot be ${ACTION_EN[p.action] ?? p.action}: ${
        HINT_EN[p.action] ?? 'it must be waiting, called or served'
      }.`,
    'counterFloor.ticket.rejoinSameDay': (p) => `${p.number}: a no-show re-joins only on the day of its ticket.`,
    'counterFloor.ticket.holdReason': () => 'Say why the ticket is on hold (up to 200 characters).',
    'counterFloor.call.stillAtCounter': (p) =>
      `Ticket ${p.number ?? 'called here'} is still at ${p.counterName}: complete it, put it on hold or mark it as a no-show first.`,
    'counterFloor.call.notWaiting': (p) => `${p.number} is not waiting: only a waiting ticket is called.`,
    'counterFloor.call.notServedHere': (p) => `${p.number} does not wait for a stage ${p.counterName} serves.`,
    'counterFloor.call.otherDay': (p) => `${p.number} is not a ticket of today.`,
    'counterFloor.recall.tooSoon': (p) =>
      `${p.number} was called only just now: call it again in ${p.seconds} seconds.`,
    'counterFloor.recall.limitReached': (p) =>
      `${p.number} has been called ${p.maxCalls} times, this office's limit: mark it as a no-show.`,
    'counterFloor.transfer.alreadyThere': (p) => `${p.number} is already at ${p.counterName}.`,
    'counterFloor.transfer.stageNotServed': (p) => `${p.counterName} does not serve ${p.stage}.`,
    'counterFloor.act.ticketCounterHeldByAnother': (p) =>
      `${p.number} is at ${p.counterName ?? 'a counter'}, which another officer holds.`,
    'counterFloor.act.ticketCounterNotOpen': (p) =>
      `${p.number} is at ${p.counterName ?? 'a counter'}, which is not open.`,
    'counterFloor.act.openStageCounter': (p) => `Open a counter of yours that serves ${p.stage} first.`,
    'counterFloor.counter.notOpen': (p) => `${p.counterName} is not open: open it first.`,
    'counterFloor.counter.heldByAnother': (p) => `${p.counterName} is held by another officer.`,
    'counterFloor.counter.paused': (p) => `${p.counterName} is paused: resume it before calling.`,
    'counterFloor.counter.needsName': () => 'A counter needs a name.',
    'counterFloor.counter.nameTaken': (p) => `The office already has a counter named “${p.name}”.`,
    'counterFloor.counter.officerOfOfficeOnly': () => 'Only an officer of this office takes its counters.',
    'counterFloor.counter.rolesDoNotCover': (p) =>
      `${p.counterName} serves ${p.stages}, which your roles do not cover.`,
    'counterFloor.counter.alreadyHoldAnother': () => 'You already hold another counter: close it first.',
    'counterFloor.counter.openedByAnother': (p) => `${p.counterName} is already open, held by another officer.`,
    'counterFloor.counter.pauseReason': (p) => `Say why the counter pauses (up to ${p.max} characters).`,
    'counterFloor.access.checkInDesk': () => 'Only a kiosk or an officer of this office checks bookings in.',
    'counterFloor.access.codeDesk': () => 'A kiosk scans the booking’s QR code; an officer types booking codes.',
    'counterFloor.access.floorViewer': () => 'Only the officers and devices of this office may see this.',
  },
);
