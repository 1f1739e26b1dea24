import { rateOf } from './suppression.js';

/**
 * Structural deviation (结构偏离度) of program clusters against the industries they serve:
 * a cluster is the programs classified to one national-economy industry section; its deviation
 * is (its share of graduates) ÷ (the section's share of employment, or of value added) − 1.
 * ≈ 0 means supply matches the industry's weight, > 0 oversupply, < 0 undersupply. Pure.
 */

export type ProgramGraduates = { programCode: string; graduates: number };
export type IndustryFigure = { sectionCode: string; value: number };

export type DeviationEntry = {
  sectionCode: string;
  /** A program classified to k sections counts 1/k of its graduates in each. */
  graduates: number;
  graduatesTotal: number;
  graduateShare: number | null;
  industryValue: number | null;
  industryTotal: number | null;
  industryShare: number | null;
  deviation: number | null;
};

/** Graduates per section; programs without a section are left out (they belong to no cluster). */
export function clusterGraduates(programs: readonly ProgramGraduates[], sectionsOf: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const clusters = new Map<string, number>();
  for (const program of programs) {
    const sections = [...new Set(sectionsOf.get(program.programCode) ?? [])];
    for (const section of sections) clusters.set(section, (clusters.get(section) ?? 0) + program.graduates / sections.length);
  }
  return clusters;
}

/**
 * One row per section that has graduates or an industry figure, in section-code order.
 * A section with graduates but no industry figure has no deviation (null), not an infinite one.
 */
export function structuralDeviation(clusters: ReadonlyMap<string, number>, industry: readonly IndustryFigure[]): DeviationEntry[] {
  const graduatesTotal = [...clusters.values()].reduce((sum, value) => sum + value, 0);
  const industryBySection = new Map<string, number>();
  for (const figure of industry) industryBySection.set(figure.sectionCode, (industryBySection.get(figure.sectionCode) ?? 0) + figure.value);
  const industryTotal = industry.length > 0 ? [...industryBySection.values()].reduce((sum, value) => sum + value, 0) : null;
  const sections = [...new Set([...clusters.keys(), ...industryBySection.keys()])].sort();
  return sections.map((sectionCode) => {
    const graduates = clusters.get(sectionCode) ?? 0;
    const industryValue = industryBySection.get(sectionCode) ?? null;
    const graduateShare = rateOf(graduates, graduatesTotal);
    const industryShare = industryValue === null || industryTotal === null ? null : rateOf(industryValue, industryTotal);
    const deviation = graduateShare === null || industryShare === null || industryShare === 0 ? null : graduateShare / industryShare - 1;
    return { sectionCode, graduates, graduatesTotal, graduateShare, industryValue, industryTotal, industryShare, deviation };
  });
}
