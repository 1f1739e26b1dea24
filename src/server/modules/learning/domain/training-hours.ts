import type { TrainingCategory } from '../../../../shared/contracts/learning/training.js';

/**
 * Training-hour summaries per teacher: approved records only (a pending or returned external
 * record counts for nothing), by calendar year of the record's end date and by category.
 * Dual qualification needs enterprise-practice hours, so they are reported on their own.
 */
export type CountableRecord = { status: string; category: TrainingCategory; hours: number; endDate: string };

export type YearSummary = { year: number; totalHours: number; byCategory: Partial<Record<TrainingCategory, number>>; enterprisePracticeHours: number };

const round1 = (value: number) => Math.round(value * 10) / 10;

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

export function summarizeYear(records: readonly CountableRecord[], year: number): YearSummary {
  const byCategory: Partial<Record<TrainingCategory, number>> = {};
  let total = 0;
  for (const record of records) {
    if (record.status !== 'approved' || yearOf(record.endDate) !== year) continue;
    byCategory[record.category] = round1((byCategory[record.category] ?? 0) + record.hours);
    total += record.hours;
  }
  return { year, totalHours: round1(total), byCategory, enterprisePracticeHours: byCategory.enterprise_practice ?? 0 };
}

/** One summary per year that has approved hours, newest first. */
export function summarizeByYear(records: readonly CountableRecord[]): YearSummary[] {
  const years = [...new Set(records.filter((record) => record.status === 'approved').map((record) => yearOf(record.endDate)))].sort((a, b) => b - a);
  return years.map((year) => summarizeYear(records, year));
}

/** A record's dates: the end is not before the start, and hours fit in the days between (24 a day at most). */
export function trainingPeriodIssue(startDate: string, endDate: string, hours: number): 'end_before_start' | 'too_many_hours' | undefined {
  if (endDate < startDate) return 'end_before_start';
  const days = Math.round((Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000) + 1;
  return hours > days * 24 ? 'too_many_hours' : undefined;
}
