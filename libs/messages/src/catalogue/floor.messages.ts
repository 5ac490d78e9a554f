import { defineMessages } from './define-messages';

/** The office floor's read side: the floor overview, an applicant's tickets, a followed ticket. */
export const floorMessages = defineMessages(
  {
    'floor.noSuchOffice': () => 'Kantor tidak ditemukan (atau datanya belum sampai ke loket).',
    'floor.subscribeThroughGateway': () => 'Berlangganan melalui WebSocket gateway.',
    'floor.applicantsOnly': () => 'Hanya pemohon yang dapat melihat tiketnya sendiri.',
    'floor.tooManyFollowLookups': (p: { seconds: number }) =>
      `Terlalu banyak kode tiket yang tidak ditemukan dari jaringan ini. Silakan coba lagi dalam ${p.seconds} detik.`,
  },
  {
    'floor.noSuchOffice': () => 'No such office (or its details have not reached the office floor yet).',
    'floor.subscribeThroughGateway': () => 'Subscribe through the gateway’s WebSocket endpoint.',
    'floor.applicantsOnly': () => 'Only an applicant can see her own tickets.',
    'floor.tooManyFollowLookups': (p) =>
      `Too many ticket codes that match nothing from this network. Please try again in ${p.seconds} seconds.`,
  },
);
