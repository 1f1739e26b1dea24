/**
 * Age since the last substantive revision against a target. Ages are in months (a month is
 * 1/12 of a 365.25-day year) so a 1.8-year target and a 3-month target compare on one axis.
 */
const MONTH_MS = (365.25 / 12) * 24 * 60 * 60 * 1000;

export type RevisionSubject = { kind: 'textbook' | 'core_course'; id: string; lastSubstantiveRevisionAt: Date };
export type RevisionAge = { ageMonths: number; targetMonths: number; overdueMonths: number; isOverdue: boolean };

export function ageInMonths(since: Date, now: Date): number {
  return Math.max(0, (now.getTime() - since.getTime()) / MONTH_MS);
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function revisionAge(lastSubstantiveRevisionAt: Date, targetMonths: number, now: Date): RevisionAge {
  const ageMonths = ageInMonths(lastSubstantiveRevisionAt, now);
  return { ageMonths: round1(ageMonths), targetMonths, overdueMonths: round1(ageMonths - targetMonths), isOverdue: ageMonths > targetMonths };
}

/** Most overdue first (by how far past the target, relative to the target), then oldest. */
export function byMostOverdue<T extends { age: RevisionAge }>(rows: readonly T[]): T[] {
  const ratio = (age: RevisionAge) => (age.targetMonths > 0 ? age.ageMonths / age.targetMonths : age.ageMonths);
  return [...rows].sort((a, b) => ratio(b.age) - ratio(a.age) || b.age.ageMonths - a.age.ageMonths);
}

/** Age buckets for the distribution chart: under 3 months, 3–12, 1–2 years, 2–3, 3–5, 5 years and more. */
export const ageBuckets = [
  { key: 'lt3m', upToMonths: 3 },
  { key: '3to12m', upToMonths: 12 },
  { key: '1to2y', upToMonths: 24 },
  { key: '2to3y', upToMonths: 36 },
  { key: '3to5y', upToMonths: 60 },
  { key: 'ge5y', upToMonths: Number.POSITIVE_INFINITY },
] as const;
export type AgeBucketKey = (typeof ageBuckets)[number]['key'];

export function ageDistribution(rows: readonly { kind: RevisionSubject['kind']; age: RevisionAge }[]): { bucket: AgeBucketKey; textbooks: number; coreCourses: number }[] {
  const counts = ageBuckets.map((bucket) => ({ bucket: bucket.key, textbooks: 0, coreCourses: 0 }));
  for (const row of rows) {
    const index = ageBuckets.findIndex((bucket) => row.age.ageMonths < bucket.upToMonths);
    const entry = counts[index === -1 ? counts.length - 1 : index];
    if (!entry) continue;
    if (row.kind === 'textbook') entry.textbooks += 1;
    else entry.coreCourses += 1;
  }
  return counts;
}

/**
 * Default targets. Core courses: every 3 months (issue 4). Textbooks: the seed compares a
 * 5.3-year textbook revision cycle with a 1.8-year technology cycle; the default target is the
 * technology cycle, 1.8 years = 21.6 months.
 */
export const defaultRevisionTargets = { textbook: 21.6, core_course: 3 } as const;
