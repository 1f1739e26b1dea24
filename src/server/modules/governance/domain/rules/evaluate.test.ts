import { describe, expect, it } from 'vitest';
import type { Condition, Population, RulePack } from '../../../../../shared/contracts/governance/rule-packs.js';
import { college, inputOf, offering, row, rows } from './fixtures/builders.js';
import { evaluatePacks, findingFingerprint, validateRulePack } from './index.js';

const text = { 'zh-CN': '测试', en: 'test' };

function packOf(condition: Condition, extra: { population?: Population; appliesTo?: string[]; ownerScope?: string; version?: string } = {}): RulePack {
  const result = validateRulePack({
    id: 'engine-test',
    version: extra.version ?? '1',
    title: text,
    authority: text,
    ownerScope: extra.ownerScope ?? 'national',
    levels: ['higher', 'secondary'],
    ...(extra.appliesTo ? { appliesTo: extra.appliesTo } : {}),
    effectiveFrom: '2020-01-01',
    effectiveTo: null,
    sources: [{ citation: 'test', reliability: 'U' }],
    rules: [{ kind: 'rule', id: 'r', title: text, severity: 'yellow', action: 'review', condition, ...(extra.population ? { population: extra.population } : {}) }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.pack;
}

/** Five offerings of one program at five colleges, destination rates 50 %, 60 %, 70 %, 80 %, 90 % (of 100 graduates) in 2025. */
function five(overrides: (i: number) => Parameters<typeof college>[1] = () => ({})) {
  const cs = [0, 1, 2, 3, 4].map((i) => college(`C${i + 1}`, overrides(i)));
  const offerings = cs.map((c) => offering(c, 'P1'));
  return inputOf(cs, offerings, offerings.map((o, i) => row(o, 2025, { graduates: 100, placed: 50 + 10 * i })));
}
const firedColleges = (pack: RulePack, input: ReturnType<typeof five>) =>
  evaluatePacks([pack], input, { year: 2025 }).findings.map((f) => (f.subject.kind === 'offering' ? f.subject.collegeId : f.subject.kind));

describe('benchmarks', () => {
  it('below the region’s pooled average (70 %): the 50 % and 60 % offerings; the threshold fact is the average', () => {
    const pack = packOf({ kind: 'benchmark', indicator: 'destination-rate-year-end', region: 'province', mode: 'below-average' });
    expect(firedColleges(pack, five())).toEqual(['C1', 'C2']);
    expect(evaluatePacks([pack], five(), { year: 2025 }).findings[0]?.facts[0]).toMatchObject({ threshold: 0.7, comparison: 'lt', value: 0.5 });
  });

  it('top 20 %: fewer than 20 % strictly above → only the best', () => {
    expect(firedColleges(packOf({ kind: 'benchmark', indicator: 'destination-rate-year-end', region: 'province', mode: 'top', percent: 20 }), five())).toEqual(['C5']);
  });

  it('ranks per prefecture when asked, and never across provinces', () => {
    const byPrefecture = five((i) => ({ prefectureCode: i < 2 ? '440100' : '440300' }));
    expect(firedColleges(packOf({ kind: 'benchmark', indicator: 'destination-rate-year-end', region: 'prefecture', mode: 'bottom', percent: 10 }), byPrefecture)).toEqual(['C1', 'C3']);
    const split = five((i) => ({ provinceCode: i < 2 ? '440000' : '320000', prefectureCode: null }));
    expect(firedColleges(packOf({ kind: 'benchmark', indicator: 'destination-rate-year-end', region: 'province', mode: 'bottom', percent: 10 }), split)).toEqual(['C1', 'C3']);
  });

  it('a region with fewer ranked offerings than minGroupSize is insufficient', () => {
    const result = evaluatePacks([packOf({ kind: 'benchmark', indicator: 'destination-rate-year-end', region: 'province', mode: 'bottom', percent: 10, minGroupSize: 6 })], five(), { year: 2025 });
    expect(result.findings).toEqual([]);
    expect(result.summary[0]).toMatchObject({ evaluated: 5, insufficient: 5 });
  });
});

describe('populations and scope', () => {
  const low: Condition = { kind: 'threshold', indicator: 'destination-rate-year-end', comparison: 'lt', value: 0.75 };

  it('splits by ownership', () => {
    const input = five((i) => ({ ownership: i === 0 ? 'private' : 'public' }));
    expect(firedColleges(packOf(low, { population: { ownership: ['private'] } }), input)).toEqual(['C1']);
    expect(firedColleges(packOf(low, { population: { ownership: ['public'] } }), input)).toEqual(['C2', 'C3']);
  });

  it('splits by level', () => {
    const input = five((i) => ({ level: i === 1 ? 'secondary' : 'higher' }));
    expect(firedColleges(packOf(low, { population: { levels: ['secondary'] } }), input)).toEqual(['C2']);
  });

  it('a province’s pack runs in its province only', () => {
    const input = five((i) => ({ provinceCode: i === 0 ? '350000' : '440000' }));
    expect(firedColleges(packOf(low, { ownerScope: 'province:350000' }), input)).toEqual(['C1']);
    expect(firedColleges(packOf(low, { ownerScope: 'national', appliesTo: ['440000'] }), input)).toEqual(['C2', 'C3']);
  });
});

describe('college aggregates and combinators', () => {
  it('sums a college’s offerings and pools years when asked', () => {
    const c = college('C1');
    const [a, b] = [offering(c, 'A'), offering(c, 'B')];
    // 2025: 10 + 10 graduates (too few alone); 2024 adds 10 + 10 → 40 pooled, 20 placed = 50 %
    const indicators = [...rows(a, 2024, [{ graduates: 10, placed: 5 }, { graduates: 10, placed: 5 }]), ...rows(b, 2024, [{ graduates: 10, placed: 5 }, { graduates: 10, placed: 5 }])];
    const pack = packOf({ kind: 'threshold', indicator: 'destination-rate-year-end', comparison: 'lt', value: 0.6, aggregate: 'college', pooling: { years: 2, when: 'insufficient' } });
    const result = evaluatePacks([pack], inputOf([c], [a, b], indicators), { year: 2025 });
    expect(result.findings.map((f) => f.subject)).toEqual([{ kind: 'college', provinceCode: '440000', collegeId: 'C1' }]);
    expect(result.findings[0]?.facts[0]).toMatchObject({ year: null, years: [2024, 2025], numerator: 20, denominator: 40, value: 0.5 });
  });

  it('at-least k of m conditions, with insufficient members', () => {
    const c = college('C1');
    const o = offering(c, 'P1');
    const input = inputOf([c], [o], [row(o, 2025, { graduates: 40, placed: 20, entrants: 20, plannedPlaces: 50 })]);
    const conditions: Condition[] = [
      { kind: 'threshold', indicator: 'destination-rate-year-end', comparison: 'lt', value: 0.6 }, // met (50 %)
      { kind: 'threshold', indicator: 'fill-rate', comparison: 'lt', value: 0.5 }, // met (40 %)
      { kind: 'threshold', indicator: 'completion-rate', comparison: 'lt', value: 0.5 }, // no data
    ];
    const run = (k: number) => evaluatePacks([packOf({ kind: 'at-least', k, conditions })], input, { year: 2025 });
    expect(run(2).findings).toHaveLength(1);
    expect(run(2).findings[0]?.facts.map((f) => f.isMet)).toEqual([true, true, false]);
    expect(run(3).findings).toEqual([]);
    expect(run(3).summary[0]).toMatchObject({ insufficient: 1 });
  });
});

describe('fingerprints', () => {
  it('depend on pack, rule, subject and year — not on the pack version', () => {
    const low: Condition = { kind: 'threshold', indicator: 'destination-rate-year-end', comparison: 'lt', value: 0.75 };
    const v1 = evaluatePacks([packOf(low)], five(), { year: 2025 }).findings.map((f) => f.fingerprint);
    const v2 = evaluatePacks([packOf(low, { version: '2' })], five(), { year: 2025 }).findings.map((f) => f.fingerprint);
    expect(v2).toEqual(v1);
    expect(new Set(v1).size).toBe(v1.length);
    const subject = { kind: 'college' as const, provinceCode: '440000', collegeId: 'C1' };
    expect(findingFingerprint('p', 'r', subject, 2025)).not.toBe(findingFingerprint('p', 'r', subject, 2024));
    expect(findingFingerprint('p', 'r', subject, 2025)).toMatch(/^[0-9a-f]{64}$/);
  });
});
