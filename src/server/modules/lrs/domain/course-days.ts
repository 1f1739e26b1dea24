import type { CourseActivity } from '../../../../shared/contracts/lrs/course-activity.js';

/** One aggregated cell: statements of one verb on one day (YYYY-MM-DD). */
export type DayVerbCount = { day: string; verbId: string; statements: number };

/** Every calendar day from `from` to `to` (YYYY-MM-DD, both included), in order. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= end; at += 86_400_000) days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}

/**
 * The day series of a chart: every day of the window (zero-filled, so gaps show as gaps), the
 * statements per verb that day, and how many distinct learners acted.
 */
export function buildDaySeries(from: string, to: string, cells: readonly DayVerbCount[], learnersByDay: ReadonlyMap<string, number>): CourseActivity['days'] {
  const byDay = new Map<string, Record<string, number>>();
  for (const cell of cells) {
    const counts = byDay.get(cell.day) ?? {};
    counts[cell.verbId] = (counts[cell.verbId] ?? 0) + cell.statements;
    byDay.set(cell.day, counts);
  }
  return daysBetween(from, to).map((day) => {
    const counts = byDay.get(day) ?? {};
    const statements = Object.values(counts).reduce((sum, n) => sum + n, 0);
    return { day, learners: learnersByDay.get(day) ?? 0, statements, counts };
  });
}
