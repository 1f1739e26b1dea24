import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { offeringYearIndicatorsSchema, placedOf, programOfferingSchema } from '../../src/shared/contracts/governance/indicators.js';
import { generateIndicators, generateWorld, type GeneratedWorld } from './generate.js';

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const indicatorsDigest = (world: GeneratedWorld) => {
  const hash = createHash('sha256');
  for (const row of generateIndicators(world)) hash.update(JSON.stringify(row));
  return hash.digest('hex');
};
const activeIn = (world: GeneratedWorld, year: number) => world.offerings.filter((o) => o.openedYear <= year && (o.closedYear === null || o.closedYear >= year));

let nationalWorld: GeneratedWorld | undefined;
const national = () => (nationalWorld ??= generateWorld({ scale: 'national', seed: 'national' }));

describe('national-scale generator', () => {
  it('gives the same output for the same seed, and another for another seed', () => {
    const a = generateWorld({ scale: 'demo', seed: 'seed-1' });
    const b = generateWorld({ scale: 'demo', seed: 'seed-1' });
    expect(digest(a)).toBe(digest(b));
    expect(indicatorsDigest(a)).toBe(indicatorsDigest(b));
    const c = generateWorld({ scale: 'demo', seed: 'seed-2' });
    expect(digest(c)).not.toBe(digest(a));
  });

  it('labels everything as generated: GEN- ids that no MOE code looks like', () => {
    const world = generateWorld({ scale: 'demo' });
    expect(world.colleges.every((c) => /^GEN-\d{2}-[HSU]-\d{4}$/.test(c.id) && c.name.includes('生成数据') && c.isDemo && c.isGenerated)).toBe(true);
    expect(world.programs.every((p) => p.code.startsWith('GEN-') && p.name.includes('生成数据'))).toBe(true);
    expect(world.offerings.every((o) => o.isGenerated)).toBe(true);
  });

  it('yields rows that satisfy the governance contracts and their accounting identities', () => {
    const world = generateWorld({ scale: 'demo', seed: 'contracts' });
    for (const offering of world.offerings.slice(0, 200)) programOfferingSchema.parse(offering);
    let rows = 0;
    for (const row of generateIndicators(world)) {
      rows += 1;
      offeringYearIndicatorsSchema.parse(row);
      for (const snapshot of [row.destinationFirst, row.destinationYearEnd]) {
        expect(Object.values(snapshot).reduce((a, b) => a + b, 0)).toBe(row.graduates);
      }
      expect(placedOf(row.destinationFirst)).toBeLessThanOrEqual(placedOf(row.destinationYearEnd));
      expect(row.dualQualifiedTeachers).toBeLessThanOrEqual(row.fullTimeTeachers);
      expect(world.years).toContain(row.year);
    }
    expect(rows).toBeGreaterThan(world.offerings.length * 4);
  });

  it('hits the national targets: ~1,550 higher-vocational colleges, ~7,000 secondary schools, ~120,000 offerings, 5 years', () => {
    const world = national();
    const count = (level: string) => world.colleges.filter((c) => c.level === level).length;
    expect(count('higher')).toBe(1550);
    expect(count('secondary')).toBe(7000);
    expect(count('undergraduate')).toBe(33);
    expect(new Set(world.colleges.map((c) => c.provinceCode)).size).toBe(31);
    expect(world.offerings.length).toBeGreaterThan(114_000);
    expect(world.offerings.length).toBeLessThan(126_000);
    expect(world.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    const higher2024 = activeIn(world, 2024).filter((o) => o.level === 'higher').length;
    // MOE's 2024 filing: 66,870 higher-vocational offerings
    expect(higher2024).toBeGreaterThan(60_000);
    expect(higher2024).toBeLessThan(72_000);
  });

  it('has realistic structure: saturated programs, declining ones, regional differences', () => {
    const world = national();
    const higherIn = (province: string) => activeIn(world, 2025).filter((o) => o.level === 'higher' && o.provinceCode === province);
    const gdColleges = world.colleges.filter((c) => c.level === 'higher' && c.provinceCode === '440000').length;
    const perProgram = new Map<string, number>();
    for (const o of higherIn('440000')) perProgram.set(o.programCode, (perProgram.get(o.programCode) ?? 0) + 1);
    const top = [...perProgram.values()].sort((a, b) => b - a);
    expect(top[0]! / gdColleges).toBeGreaterThan(0.5);
    expect(top.filter((n) => n > 20).length).toBeGreaterThan(5);

    const declining = new Set(world.programs.filter((p) => p.trend === 'declining').map((p) => p.code));
    const closed = world.offerings.filter((o) => o.closedYear !== null);
    const closedDeclining = closed.filter((o) => declining.has(o.programCode)).length / closed.length;
    const offeredDeclining = world.offerings.filter((o) => declining.has(o.programCode)).length / world.offerings.length;
    expect(closedDeclining).toBeGreaterThan(offeredDeclining * 1.5);

    const subset = { ...world, offerings: world.offerings.filter((o) => o.level === 'higher' && (o.provinceCode === '320000' || o.provinceCode === '650000')) };
    const rate = { '320000': [0, 0], '650000': [0, 0] } as Record<string, [number, number]>;
    for (const row of generateIndicators(subset)) {
      const bucket = rate[row.provinceCode]!;
      bucket[0] += placedOf(row.destinationYearEnd);
      bucket[1] += row.graduates;
    }
    expect(rate['320000']![0] / rate['320000']![1]).toBeGreaterThan(rate['650000']![0] / rate['650000']![1]);
  });
});
