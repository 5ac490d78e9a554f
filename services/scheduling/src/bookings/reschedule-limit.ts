/**
 * A booking may be moved to another session at most `maxReschedules` times (the office's rule,
 * once by default: M-Paspor's). Past it the applicant cancels and books again, which gives her
 * place back to others rather than holding one after another.
 */
export function mayReschedule(booking: { rescheduleCount: number }, office: { maxReschedules: number }): boolean {
  return booking.rescheduleCount < office.maxReschedules;
}
