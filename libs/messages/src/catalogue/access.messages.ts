import { defineMessages } from './define-messages';

/** Who may do what: the access rules every subgraph shares (libs/subgraph access-rules). */
export const accessMessages = defineMessages(
  {
    'access.signIn': () => 'Silakan masuk terlebih dahulu.',
    'access.adminOnly': () => 'Hanya ADMIN yang boleh melakukan ini.',
    'access.officeManagerOnly': () => 'Hanya SUPERVISOR kantor ini atau ADMIN yang boleh melakukan ini.',
    'access.officeOfficerOnly': () => 'Hanya petugas kantor ini yang boleh melakukan ini.',
    'access.applicantOnly': () => 'Hanya pemohon yang boleh melakukan ini.',
    'access.subscribeThroughGateway': () => 'Untuk berlangganan, gunakan WebSocket gateway.',
  },
  {
    'access.signIn': () => 'Please sign in first.',
    'access.adminOnly': () => 'Only an ADMIN may do this.',
    'access.officeManagerOnly': () => 'Only a SUPERVISOR of this office or an ADMIN may do this.',
    'access.officeOfficerOnly': () => 'Only an officer of this office may do this.',
    'access.applicantOnly': () => 'Only an applicant may do this.',
    'access.subscribeThroughGateway': () => 'Subscribe through the gateway’s WebSocket endpoint.',
  },
);
