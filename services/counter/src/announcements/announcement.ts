import { Language, translate } from '@antrian/messages';

export interface CallToAnnounce {
  /** As printed on the ticket: `A-017`. */
  ticketNumber: string;
  /** The office's own name for the counter: `Loket 2`. */
  counterName: string;
}

/**
 * The sentence a board shows and reads aloud when a ticket is called: "Nomor antrian A-017,
 * silakan menuju Loket 2." / "Ticket A-017, please go to Loket 2.". Plain words, the number and
 * the counter's name as they are: how a speech synthesiser is fed the number (letter by letter,
 * digit by digit) is the board screen's choice.
 */
export function announcement(call: CallToAnnounce, language: Language): string {
  return translate(language, 'announcement.call', { number: call.ticketNumber, counterName: call.counterName });
}
