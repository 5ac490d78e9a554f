/**
 * What a USB scanner (or the camera) read: the booking's signed QR token, or a booking code typed
 * by hand. Booking codes are short; tokens are long and dotted.
 */
export function scannedCode(raw: string): { qrToken: string } | { bookingCode: string } | null {
  const text = raw.trim();
  if (!text) return null;
  if (text.length > 20 || text.includes('.')) return { qrToken: text };
  return { bookingCode: text.toUpperCase() };
}
