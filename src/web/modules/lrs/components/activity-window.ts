import type { ActivityWindowQuery } from '../api/lrs-statements.api.js';

/** The browser's IANA time zone: days are counted where the administrator is. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** YYYY-MM-DD of an instant in a time zone. */
export function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The last `days` days up to today (both ends included) in a time zone. */
export function lastDays(days: number, timeZone: string, now: Date = new Date()): ActivityWindowQuery {
  const from = new Date(now.getTime() - (days - 1) * 86_400_000);
  return { from: dayIn(from, timeZone), to: dayIn(now, timeZone), timeZone };
}
