import { rateOf } from './suppression.js';

/**
 * Industry alignment shares (KPI, no threshold): the share of a view's offerings and of its
 * enrollment in programs mapped to each alignment tier (national key / regional pillar / local
 * distinctive) or key industrial chain. A program mapped to several keys counts in each, so
 * shares may add up to more than 1; `unclassified` holds the programs mapped to none. Pure.
 */

export type ProgramFigures = { programCode: string; offerings: number; enrollment: number };
export type AlignmentKey = { key: string; name: string };

export type AlignmentEntry = {
  key: string;
  name: string;
  offerings: number;
  offeringsTotal: number;
  offeringShare: number | null;
  enrollment: number;
  enrollmentTotal: number;
  enrollmentShare: number | null;
};

export const UNCLASSIFIED = 'unclassified';

/**
 * Rows for `keys` in the given order (every key, even with no offerings), then the keys only the
 * programs name (by offerings), then `unclassified`.
 */
export function alignmentShares(programs: readonly ProgramFigures[], keysOf: ReadonlyMap<string, readonly string[]>, keys: readonly AlignmentKey[], unclassifiedName: string): AlignmentEntry[] {
  const offeringsTotal = programs.reduce((sum, p) => sum + p.offerings, 0);
  const enrollmentTotal = programs.reduce((sum, p) => sum + p.enrollment, 0);
  const sums = new Map<string, { offerings: number; enrollment: number }>();
  const add = (key: string, program: ProgramFigures) => {
    const sum = sums.get(key) ?? { offerings: 0, enrollment: 0 };
    sum.offerings += program.offerings;
    sum.enrollment += program.enrollment;
    sums.set(key, sum);
  };
  for (const program of programs) {
    const programKeys = [...new Set(keysOf.get(program.programCode) ?? [])];
    if (programKeys.length === 0) add(UNCLASSIFIED, program);
    for (const key of programKeys) add(key, program);
  }
  const named = new Map(keys.map((k) => [k.key, k.name]));
  const extra = [...sums.entries()]
    .filter(([key]) => key !== UNCLASSIFIED && !named.has(key))
    .sort((a, b) => b[1].offerings - a[1].offerings || a[0].localeCompare(b[0]))
    .map(([key]) => ({ key, name: key }));
  const ordered = [...keys, ...extra, { key: UNCLASSIFIED, name: unclassifiedName }];
  return ordered.map(({ key, name }) => {
    const sum = sums.get(key) ?? { offerings: 0, enrollment: 0 };
    return {
      key,
      name,
      offerings: sum.offerings,
      offeringsTotal,
      offeringShare: rateOf(sum.offerings, offeringsTotal),
      enrollment: sum.enrollment,
      enrollmentTotal,
      enrollmentShare: rateOf(sum.enrollment, enrollmentTotal),
    };
  });
}
