import { describe, expect, it } from 'vitest';
import { evaluatePacks } from '../index.js';
import { college, colleges, inputOf, offering } from '../fixtures/builders.js';
import { cnShanxi2024Pack } from './cn-shanxi-2024.js';

const sx = { provinceCode: '140000', prefectureCode: '140100' } as const;
const pack = [cnShanxi2024Pack];

describe('cn-shanxi-2024: province saturation ladder', () => {
  const ladder = (n: number) => {
    const cs = colleges(n, 'SX', sx);
    return evaluatePacks(pack, inputOf(cs, cs.map((c) => offering(c, 'P1')), []), { year: 2025 }).findings.filter((f) => f.ruleId === 'province-saturation');
  };

  it('10 offerings: nothing; 11: tight control; 15: still tight control; 16: cuts only — one finding, the most severe step', () => {
    expect(ladder(10)).toEqual([]);
    expect(ladder(11).map((f) => [f.severity, f.action])).toEqual([['yellow', 'tight_control']]);
    expect(ladder(15).map((f) => [f.severity, f.action])).toEqual([['yellow', 'tight_control']]);
    const top = ladder(16);
    expect(top.map((f) => [f.severity, f.action])).toEqual([['red', 'cuts_only']]);
    expect(top[0]?.facts[0]).toMatchObject({ value: 16, threshold: 15, isMet: true });
    expect(top[0]?.summary['zh-CN']).toContain('布点 > 15');
  });
});

describe('cn-shanxi-2024: college caps', () => {
  const portfolio = (existing: number, added: number) => {
    const c = college('SX1', sx);
    const offerings = [
      ...Array.from({ length: existing }, (_, i) => offering(c, `E${i + 1}`, { openedYear: 2015 })),
      ...Array.from({ length: added }, (_, i) => offering(c, `N${i + 1}`, { openedYear: 2025 })),
    ];
    const findings = evaluatePacks(pack, inputOf([c], offerings, []), { year: 2025 }).findings;
    return (id: string) => findings.filter((f) => f.ruleId === id);
  };

  it('5 new programs in a year is within the cap; 6 fires', () => {
    expect(portfolio(10, 5)('new-programs-above-5')).toEqual([]);
    expect(portfolio(10, 6)('new-programs-above-5')[0]).toMatchObject({ subject: { kind: 'college', collegeId: 'SX1' }, facts: [{ value: 6, threshold: 5 }] });
  });

  it('counts only offerings opened in the evaluated year', () => {
    expect(portfolio(40, 0)('new-programs-above-5')).toEqual([]);
  });
});
