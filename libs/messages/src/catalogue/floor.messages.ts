import { defineMessages } from './define-messages';

/** The office floor's read side: the floor overview, an applicant's tickets, a followed ticket. */
export const floorMessages = defineMessages(
  {
    'floor.subscribeThroughGateway': () => 'Berlangganan melalui WebSocket gateway.',
    'floor.applicantsOnly': () => 'Hanya pemohon yang dapat melihat tiketnya sendiri.',
    'floor.tooManyFollowLookups': (p: { seconds: number }) =>
      `Terlalu banyak kode tiket yang tidak ditemukan dari jaringan ini. Silakan coba lagi dalam ${p.seconds} detik.`,
  },
  {
    'floor.subscribeThroughGateway': () => 'Subscribe through the gateway’s WebSocket endpoint.',
    'floor.applicantsOnly': () => 'Only an applicant can see her own tickets.',
    'floor.tooManyFollowLookups': (p) =>
      `Too many ticket codes that match nothing from this network. Please try again in ${p.seconds} seconds.`,
  },
);
