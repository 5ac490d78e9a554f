import { locale } from '../i18n';

export function formatTime(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale(language), { hour: '2-digit', minute: '2-digit', timeZone }).format(
    new Date(iso),
  );
}

export function formatDate(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone,
  }).format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));
}

export function minutes(seconds: number | null | undefined): number {
  return Math.max(0, Math.round((seconds ?? 0) / 60));
}

/** Today as YYYY-MM-DD in a time zone. */
export function localDate(timeZone: string, at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
