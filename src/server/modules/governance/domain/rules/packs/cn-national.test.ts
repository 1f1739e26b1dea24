import { describe, expect, it } from 'vitest';
import { evaluatePacks, isControlledProgram } from '../index.js';
import { college, inputOf, offering, rows } from '../fixtures/builders.js';
import { cnNationalPack } from './cn-national.js';

const pack = [cnNationalPack];
const c = college('C1');

function run(specs: Parameters<typeof rows>[2], overrides: Parameters<typeof offering>[2] = {}, year = 2025) {
  const o = offering(c, 'P1', overrides);
  const result = evaluatePacks(pack, inputOf([c], [o], rows(o, year - specs.length + 1, specs)), { year });
  const summary = (ruleId: string) => result.summary.find((s) => s.ruleId === ruleId);
  return { findings: result.findings, summary };
}

describe('cn-national: destination rate below 60 % two years running', () => {
  const rule = 'destination-below-60-two-years';

  it('fires on 55 % then 57.5 %, with both years, numerators and denominators in the facts', () => {
    const { findings } = run([{ graduates: 40, placed: 22 }, { graduates: 40, placed: 23 }]);
    expect(findings).toHaveLength(1);
    const finding = findings[0]!;
    expect(finding).toMatchObject({ ruleId: rule, severity: 'red', action: 'cut_plan', year: 2025, subject: { kind: 'offering', offeringId: 'C1:P1' } });
    expect(finding.facts.map((f) => [f.year, f.numerator, f.denominator, f.value, f.threshold, f.isMet])).toEqual([
      [2024, 22, 40, 0.55, 0.6, true],
      [2025, 23, 40, 0.575, 0.6, true],
    ]);
    expect(finding.summary['zh-CN']).toContain('55.0%（22/40）');
    expect(finding.summary.en).toContain('57.5% (23/40)');
  });

  it('does not fire at exactly 60 % (24 of 40 is not below)', () => {
    const { findings, summary } = run([{ graduates: 40, placed: 20 }, { graduates: 40, placed: 24 }]);
    expect(findings.filter((f) => f.ruleId === rule)).toEqual([]);
    expect(summary(rule)).toMatchObject({ evaluated: 1, fired: 0, insufficient: 0 });
  });

  it('a gap year breaks "two years running": 2023 and 2025 low, no row for 2024 → no finding, insufficient', () => {
    const { findings, summary } = run([{ graduates: 40, placed: 10 }, null, { graduates: 40, placed: 10 }]);
    expect(findings.filter((f) => f.ruleId === rule)).toEqual([]);
    expect(summary(rule)).toMatchObject({ fired: 0, insufficient: 1 });
  });

  it('fewer than 30 graduates in a year is insufficient data, never a finding', () => {
    const { findings, summary } = run([{ graduates: 40, placed: 10 }, { graduates: 29, placed: 3 }]);
    expect(findings).toEqual([]);
    expect(summary(rule)).toMatchObject({ evaluated: 1, fired: 0, insufficient: 1 });
  });

  it('exactly 30 graduates is enough', () => {
    const { findings } = run([{ graduates: 30, placed: 10 }, { graduates: 30, placed: 17 }]);
    expect(findings.map((f) => f.ruleId)).toEqual([rule]);
  });

  it('a low year followed by a good one is a definite pass, not insufficient', () => {
    const { summary } = run([{ graduates: 40, placed: 10 }, { graduates: 40, placed: 36 }]);
    expect(summary(rule)).toMatchObject({ fired: 0, insufficient: 0 });
  });
});

describe('cn-national: three years without enrollment', () => {
  const rule = 'no-enrollment-3-years';

  it('withdraws after 3 consecutive years with zero entrants', () => {
    const { findings } = run([{ entrants: 20 }, { entrants: 0 }, { entrants: 0 }, { entrants: 0 }]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: rule, action: 'withdraw', facts: [{ indicator: 'years-without-enrollment', value: 3, threshold: 3, comparison: 'gte', isMet: true }] });
  });

  it('two years are not enough, and a gap (no row) ends the run', () => {
    expect(run([{ entrants: 20 }, { entrants: 0 }, { entrants: 0 }]).findings).toEqual([]);
    expect(run([{ entrants: 0 }, null, { entrants: 0 }, { entrants: 0 }]).findings).toEqual([]);
  });
});

describe('cn-national: controlled programs and the medical first-year intake', () => {
  const rule = 'medical-first-year-intake';
  const medical = { categoryName: '临床医学类', programName: '临床医学', openedYear: 2025 };

  it('fires above 50 first-year entrants, not at exactly 50', () => {
    expect(run([{ entrants: 51 }], medical).findings.map((f) => [f.ruleId, f.action, f.facts[0]?.value])).toEqual([[rule, 'cap_plan', 51]]);
    expect(run([{ entrants: 50 }], medical).findings).toEqual([]);
  });

  it('does not apply after the first year, nor to programs that are not controlled', () => {
    const later = run([{ entrants: 80 }], { ...medical, openedYear: 2024 });
    expect(later.findings).toEqual([]);
    expect(later.summary(rule)).toMatchObject({ evaluated: 1, notApplicable: 1 });
    const other = run([{ entrants: 80 }], { categoryName: '计算机类', openedYear: 2025 });
    expect(other.findings).toEqual([]);
    expect(other.summary(rule)?.evaluated).toBe(0);
  });

  it('matches controlled programs by name on any catalog version', () => {
    const packs = [cnNationalPack];
    for (const categoryName of ['临床医学类', '护理类', '公安管理类', '公安技术类', '侦查类', '司法技术类', '法律执行类', '教育类', ' 护理类 ']) {
      expect(isControlledProgram(packs, { categoryName }), categoryName).toBe(true);
    }
    expect(isControlledProgram(packs, { programName: '中医学' })).toBe(true);
    expect(isControlledProgram(packs, { programName: '中医学', categoryName: '中医药类' })).toBe(true);
    for (const categoryName of ['计算机类', '体育类', '法律实务类', '药学类', '']) {
      expect(isControlledProgram(packs, { categoryName }), categoryName).toBe(false);
    }
    expect(isControlledProgram(packs, { programName: '中药学', categoryName: '中医药类' })).toBe(false);
    expect(isControlledProgram([], { categoryName: '临床医学类' })).toBe(false);
  });
});
