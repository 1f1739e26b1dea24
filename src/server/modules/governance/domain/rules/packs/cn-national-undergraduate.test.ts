import { describe, expect, it } from 'vitest';
import { evaluatePacks } from '../index.js';
import { college, inputOf, offering, row, type RowSpec } from '../fixtures/builders.js';
import { cnNationalUndergraduatePack } from './cn-national-undergraduate.js';

const u = college('U1', { level: 'undergraduate' });

function run(specs: RowSpec[], of = u) {
  const offerings = specs.map((_, i) => offering(of, `P${i + 1}`));
  const result = evaluatePacks([cnNationalUndergraduatePack], inputOf([of], offerings, offerings.map((o, i) => row(o, 2025, specs[i]))), { year: 2025 });
  return { findings: result.findings, summary: (id: string) => result.summary.find((s) => s.ruleId === id) };
}

describe('cn-national-undergraduate', () => {
  it('sums the whole school for the student–teacher ratio: exactly 18 does not fire, above does', () => {
    // two programs: (170 + 190) students ÷ ((9 + 1) + (10 + 0)) weighted teachers = 18
    const exact = run([
      { enrollment: 170, fullTimeTeachers: 9, externalTeachers: 2 },
      { enrollment: 190, fullTimeTeachers: 10, externalTeachers: 0 },
    ]);
    expect(exact.findings.filter((f) => f.ruleId === 'student-teacher-ratio-above-18')).toEqual([]);
    const above = run([
      { enrollment: 171, fullTimeTeachers: 9, externalTeachers: 2 },
      { enrollment: 190, fullTimeTeachers: 10, externalTeachers: 0 },
    ]);
    const finding = above.findings.find((f) => f.ruleId === 'student-teacher-ratio-above-18');
    expect(finding?.subject).toEqual({ kind: 'college', provinceCode: '440000', collegeId: 'U1' });
    expect(finding?.facts[0]).toMatchObject({ numerator: 361, denominator: 20, value: 18.05, isMet: true });
  });

  it('dual-qualified share: 50 % passes, 40 % fires, under 5 teachers is insufficient', () => {
    const result = run([
      { fullTimeTeachers: 10, dualQualifiedTeachers: 5 },
      { fullTimeTeachers: 10, dualQualifiedTeachers: 4 },
      { fullTimeTeachers: 4, dualQualifiedTeachers: 0 },
    ]);
    expect(result.findings.filter((f) => f.ruleId === 'dual-qualified-below-50').map((f) => f.subject.kind === 'offering' && f.subject.programCode)).toEqual(['P2']);
    expect(result.summary('dual-qualified-below-50')).toMatchObject({ evaluated: 3, fired: 1, insufficient: 1 });
  });

  it('doctorate and industry-hours shares run on extra metrics and are insufficient without them', () => {
    const result = run([
      { metrics: { 'doctorate-teacher-share': { numerator: 1, denominator: 10 }, 'industry-teaching-share': { numerator: 300, denominator: 1500 } } },
      { metrics: { 'doctorate-teacher-share': { numerator: 2, denominator: 10 }, 'industry-teaching-share': { numerator: 299, denominator: 1500 } } },
      {},
    ]);
    const fired = (id: string) => result.findings.filter((f) => f.ruleId === id).map((f) => f.subject.kind === 'offering' && f.subject.programCode);
    expect(fired('doctorate-below-15')).toEqual(['P1']);
    expect(fired('industry-hours-below-20')).toEqual(['P2']);
    expect(result.summary('doctorate-below-15')).toMatchObject({ evaluated: 3, fired: 1, insufficient: 1 });
  });

  it('does not look at higher-vocational colleges', () => {
    const h = college('H1', { level: 'higher' });
    const result = run([{ enrollment: 1000, fullTimeTeachers: 5, dualQualifiedTeachers: 0 }], h);
    expect(result.findings).toEqual([]);
    expect(result.summary('dual-qualified-below-50')?.evaluated).toBe(0);
  });
});
