import { describe, expect, it } from 'vitest';
import { evaluatePacks } from '../index.js';
import { college, inputOf, offering, rows } from '../fixtures/builders.js';
import { cnShandong2017Pack } from './cn-shandong-2017.js';

const sd = { provinceCode: '370000', prefectureCode: '370100' } as const;

function added(openedYear: number | null, newPrograms: number) {
  const c = college('SD1', { ...sd, openedYear });
  const offerings = [offering(c, 'E1', { openedYear: openedYear ?? 2000 }), ...Array.from({ length: newPrograms }, (_, i) => offering(c, `N${i + 1}`, { openedYear: 2025 }))];
  const result = evaluatePacks([cnShandong2017Pack], inputOf([c], offerings, []), { year: 2025 });
  return { fired: result.findings.map((f) => f.ruleId), summary: (id: string) => result.summary.find((s) => s.ruleId === id) };
}

describe('cn-shandong-2017: new programs per year', () => {
  it('a college in its 3rd year (opened 2023) may add 5; 6 fires the new-college cap', () => {
    expect(added(2023, 5).fired).toEqual([]);
    expect(added(2023, 6).fired).toEqual(['new-programs-new-college']);
  });

  it('a college in its 4th year (opened 2022) may add 3; 4 fires the established-college cap', () => {
    expect(added(2022, 3).fired).toEqual([]);
    expect(added(2022, 4).fired).toEqual(['new-programs-established-college']);
  });

  it('a college whose opening year is unknown is insufficient data for both caps, never a finding', () => {
    const result = added(null, 9);
    expect(result.fired).toEqual([]);
    expect(result.summary('new-programs-new-college')).toMatchObject({ evaluated: 1, insufficient: 1, fired: 0 });
    expect(result.summary('new-programs-established-college')).toMatchObject({ evaluated: 1, insufficient: 1, fired: 0 });
  });
});

describe('cn-shandong-2017: three years without enrollment', () => {
  it('withdraws', () => {
    const c = college('SD2', sd);
    const o = offering(c, 'P1');
    const result = evaluatePacks([cnShandong2017Pack], inputOf([c], [o], rows(o, 2023, [{ entrants: 0 }, { entrants: 0 }, { entrants: 0 }])), { year: 2025 });
    expect(result.findings.map((f) => [f.ruleId, f.action])).toEqual([['no-enrollment-3-years', 'withdraw']]);
  });
});
