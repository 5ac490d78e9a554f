/** When a booking may be checked in: from a set time before its session starts until it ends. */
export interface ArrivalWindow {
  opensAt: Date;
  closesAt: Date;
}

export type ArrivalVerdict = 'OPEN' | 'TOO_EARLY' | 'TOO_LATE';

export function arrivalWindow(
  session: { startsAt: Date; endsAt: Date },
  checkInOpensMinutesBefore: number,
): ArrivalWindow {
  return {
    opensAt: new Date(session.startsAt.getTime() - checkInOpensMinutesBefore * 60_000),
    closesAt: session.endsAt,
  };
}

/** [opensAt, closesAt): open at the first instant, closed at the session's end. */
export function arrivalVerdict(window: ArrivalWindow, now: Date): ArrivalVerdict {
  if (now < window.opensAt) return 'TOO_EARLY';
  if (now >= window.closesAt) return 'TOO_LATE';
  return 'OPEN';
}
