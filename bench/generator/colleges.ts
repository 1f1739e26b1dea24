import type { OfferingLevel } from '../../src/shared/contracts/governance/indicators.js';
import type { GeneratorProvince } from './provinces.js';
import { clamp, type Random } from './random.js';

/**
 * Generated colleges. Ids are `GEN-<province 2 digits>-<H|S|U>-<n>` and names say 生成数据 /
 * generated, so none can be mistaken for an MOE institution code (10 digits) or a real name.
 * The fields match the institutions module's college rows, so they load as they are.
 */
export type GeneratedCollege = {
  id: string;
  name: string;
  nameEn: string;
  provinceCode: string;
  regionCode: string;
  level: OfferingLevel;
  ownership: 'public' | 'private';
  authority: string;
  isDemo: boolean;
  isGenerated: true;
  /** Relative size (1 = typical): scales places and program count. */
  size: number;
  /** The college's own effect on destination rates (−0.15 … +0.06). */
  quality: number;
  /** Students per full-time teacher it runs at. */
  studentsPerTeacher: number;
  dualQualifiedShare: number;
  isDoubleHigh: boolean;
};

const levelLetter: Record<OfferingLevel, string> = { secondary: 'S', higher: 'H', undergraduate: 'U' };
const levelName: Record<OfferingLevel, { zh: string; en: string }> = {
  secondary: { zh: '生成中等职业学校', en: 'Generated vocational school' },
  higher: { zh: '生成职业技术学院', en: 'Generated polytechnic' },
  undergraduate: { zh: '生成职业技术大学', en: 'Generated vocational university' },
};
const privateShare: Record<OfferingLevel, number> = { secondary: 0.2, higher: 0.26, undergraduate: 0.35 };

function generateCollege(random: Random, province: GeneratorProvince, level: OfferingLevel, number: number): GeneratedCollege {
  const id = `GEN-${province.code.slice(0, 2)}-${levelLetter[level]}-${String(number).padStart(4, '0')}`;
  const r = random.fork(id);
  const isPrivate = r.chance(privateShare[level]);
  // a small tail of weak colleges gives the rule packs something to find
  const quality = r.chance(0.08) ? r.uniform(-0.3, -0.12) : clamp(r.normal(0, 0.035), -0.1, 0.06);
  return {
    id,
    name: `${levelName[level].zh}（${province.name}·${number}，生成数据）`,
    nameEn: `${levelName[level].en} ${province.code}-${number} (generated)`,
    provinceCode: province.code,
    regionCode: province.code,
    level,
    ownership: isPrivate ? 'private' : 'public',
    authority: '生成数据 / generated',
    isDemo: true,
    isGenerated: true,
    size: clamp(Math.exp(r.normal(0, 0.35)), 0.4, 2.6),
    quality,
    studentsPerTeacher: clamp(r.normal(isPrivate ? 20 : 17, 2.5), 11, 28),
    dualQualifiedShare: clamp(r.normal(0.55, 0.12), 0.2, 0.9),
    // 197 Double High units among ~1,550 colleges in round 1
    isDoubleHigh: level === 'higher' && !isPrivate && r.chance(0.17),
  };
}

export type CollegePlan = { province: GeneratorProvince; counts: Record<OfferingLevel, number> };

export function generateColleges(random: Random, plans: readonly CollegePlan[]): GeneratedCollege[] {
  const colleges: GeneratedCollege[] = [];
  for (const plan of plans) {
    for (const level of ['higher', 'secondary', 'undergraduate'] as const) {
      for (let n = 1; n <= plan.counts[level]; n += 1) colleges.push(generateCollege(random, plan.province, level, n));
    }
  }
  return colleges;
}
