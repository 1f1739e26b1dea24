import type { OfferingLevel } from '../../src/shared/contracts/governance/indicators.js';
import { clamp, type Random } from './random.js';

/**
 * A generated program catalog of the 2021 catalog's size (358 secondary, 744 higher-vocational,
 * 247 vocational-undergraduate programs in 19 major categories per level). Codes are `GEN-…`
 * and names say 生成数据 / generated: nothing here is, or looks like, an official code.
 */
export type ProgramTrend = 'saturated' | 'declining' | 'stable' | 'emerging';

export type GeneratedProgram = {
  code: string;
  level: OfferingLevel;
  majorCode: string;
  categoryCode: string;
  name: string;
  nameEn: string;
  /** Relative chance a college offers it (Zipf-like). */
  popularity: number;
  trend: ProgramTrend;
  /** Year-end destination rate this program tends to (before regional and college effects). */
  baseDestination: number;
  /** Share of the employed whose job is related to the program. */
  relatedShare: number;
  salaryFactor: number;
  /** 国控: medicine, education and the like, under national approval. */
  isControlled: boolean;
  isGenerated: true;
};

export const catalogSize: Record<OfferingLevel, number> = { secondary: 358, higher: 744, undergraduate: 247 };
const categoriesPerLevel: Record<OfferingLevel, number> = { secondary: 90, higher: 97, undergraduate: 80 };
const levelLetter: Record<OfferingLevel, string> = { secondary: 'S', higher: 'H', undergraduate: 'U' };
const MAJORS = 19;
/** Generated major categories 05 and 06 stand for the nationally controlled fields (medicine, education). */
const CONTROLLED_MAJORS = new Set([5, 6]);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function assignTrend(rank: number, total: number, random: Random): ProgramTrend {
  if (rank < Math.max(3, Math.round(total * 0.03))) return 'saturated';
  const roll = random.next();
  if (roll < (rank < total * 0.3 ? 0.22 : 0.12)) return 'declining';
  if (roll < 0.24) return 'emerging';
  return 'stable';
}

function generateLevel(random: Random, level: OfferingLevel): GeneratedProgram[] {
  const letter = levelLetter[level];
  const count = catalogSize[level];
  const categoryCount = categoriesPerLevel[level];
  // popularity rank is shuffled against the code order, so codes say nothing about popularity
  const ranks = Array.from({ length: count }, (_, i) => i);
  for (let i = ranks.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random.next() * (i + 1));
    [ranks[i], ranks[j]] = [ranks[j]!, ranks[i]!];
  }
  return Array.from({ length: count }, (_, index) => {
    const category = Math.floor((index * categoryCount) / count);
    const major = Math.floor((category * MAJORS) / categoryCount) + 1;
    const inCategory = index - Math.ceil((category * count) / categoryCount) + 1;
    const rank = ranks[index]!;
    const trend = assignTrend(rank, count, random);
    const majorCode = `GEN-${letter}${pad(major)}`;
    const categoryCode = `${majorCode}${pad(category - Math.ceil(((major - 1) * categoryCount) / MAJORS) + 1)}`;
    const code = `${categoryCode}${pad(Math.max(1, inCategory))}`;
    const number = pad(index + 1, 4);
    return {
      code,
      level,
      majorCode,
      categoryCode,
      name: `生成专业 ${letter}${number}（生成数据）`,
      nameEn: `Generated program ${letter}${number}`,
      popularity: 1 / Math.pow(rank + 6, 1.1),
      trend,
      baseDestination: clamp(random.normal(level === 'secondary' ? 0.93 : 0.9, 0.035), 0.72, 0.985),
      relatedShare: clamp(random.normal(0.7, 0.1), 0.35, 0.95),
      salaryFactor: clamp(random.normal(1, 0.12), 0.7, 1.5),
      isControlled: CONTROLLED_MAJORS.has(major),
      isGenerated: true,
    };
  });
}

/** Codes are unique per level: the index-derived suffix keeps them distinct. */
export function generatePrograms(random: Random): GeneratedProgram[] {
  const programs = (['secondary', 'higher', 'undergraduate'] as const).flatMap((level) => generateLevel(random.fork(`programs/${level}`), level));
  const seen = new Set<string>();
  return programs.map((program, index) => {
    const code = seen.has(program.code) ? `${program.code}-${index}` : program.code;
    seen.add(code);
    return { ...program, code };
  });
}
