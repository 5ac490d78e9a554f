import { defineMessages } from './define-messages';

/** What a board shows and says aloud when a ticket is called. */
export const announcementMessages = defineMessages(
  {
    'announcement.call': (p: { number: string; counterName: string }) =>
      `Nomor antrian ${p.number}, silakan menuju ${p.counterName}.`,
  },
  {
    'announcement.call': (p) => `Ticket ${p.number}, please go to ${p.counterName}.`,
  },
);
