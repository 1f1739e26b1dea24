import { describe, expect, it } from 'vitest';
import type { RulePack } from '../../../../shared/contracts/governance/rule-packs.js';
import { filingCapsOf, firstCapBreach } from './filing-caps.js';

const pack: RulePack = {
  id: 'test-province',
  version: '2024',
  title: { 'zh-CN': '测试', en: 'Test' },
  authority: { 'zh-CN': '测试厅', en: 'Test department' },
  ownerScope: 'province:440000',
  levels: ['higher'],
  effectiveFrom: '2024-01-01',
  effectiveTo: null,
  sources: [{ citation: 'Test notice 2024', reliability: 'V', urls: [] }],
  rules: [
    { kind: 'rule', id: 'per-college', title: { 'zh-CN': '每校', en: 'Per college' }, severity: 'yellow', action: 'no_new_offerings', condition: { kind: 'cap', measure: 'offerings-per-college', limit: 3 } },
    {
      kind: 'ladder',
      id: 'in-province',
      title: { 'zh-CN': '布点', en: 'In province' },
      steps: [
        { severity: 'notice', action: 'tight_control', condition: { kind: 'cap', measure: 'offerings-in-region', region: 'province', limit: 10 } },
        { severity: 'yellow', action: 'cuts_only', condition: { kind: 'cap', measure: 'offerings-in-region', region: 'province', limit: 5 } },
      ],
    },
    { kind: 'rule', id: 'prefecture', title: { 'zh-CN': '地市', en: 'Prefecture' }, severity: 'yellow', action: 'no_new_offerings', condition: { kind: 'cap', measure: 'offerings-in-region', region: 'prefecture', limit: 1 } },
    { kind: 'rule', id: 'young', title: { 'zh-CN': '新校', en: 'New colleges' }, population: { collegeAgeYears: { max: 3 } }, severity: 'yellow', action: 'no_new_offerings', condition: { kind: 'cap', measure: 'new-offerings-per-college', limit: 5 } },
    { kind: 'rule', id: 'rate', title: { 'zh-CN': '比例', en: 'Rate' }, severity: 'notice', action: 'review', condition: { kind: 'threshold', indicator: 'destination-rate-first', comparison: 'lt', value: 0.6 } },
  ],
};

const higher = { level: 'higher' as const };

describe('filing caps from rule packs', () => {
  const caps = filingCapsOf([pack]);

  it('takes the cap conditions a filing can break, the tightest ladder step, with their source', () => {
    expect(caps.map((c) => [c.ruleId, c.measure, c.limit])).toEqual([
      ['per-college', 'offerings-per-college', 3],
      ['in-province', 'offerings-in-region', 5],
      ['young', 'new-offerings-per-college', 5],
    ]);
    expect(caps[0]).toMatchObject({ packId: 'test-province', packVersion: '2024', source: 'Test notice 2024' });
  });

  it('refuses a new offering only above the limit (exactly at the limit is within it)', () => {
    const counts = { offeringsPerCollege: 3, newOfferingsPerCollege: 1, offeringsInProvince: 5 };
    expect(firstCapBreach(caps, 'new', counts, higher)).toBeUndefined();
    expect(firstCapBreach(caps, 'new', { ...counts, offeringsPerCollege: 4 }, higher)).toMatchObject({ cap: { ruleId: 'per-college' }, count: 4 });
    expect(firstCapBreach(caps, 'new', { ...counts, offeringsInProvince: 6 }, higher)).toMatchObject({ cap: { ruleId: 'in-province' }, count: 6 });
  });

  it('applies a cap only at the levels of its rule (or pack)', () => {
    const levelled = filingCapsOf([{ ...pack, levels: ['higher', 'undergraduate'], rules: [{ kind: 'rule', id: 'h', title: { 'zh-CN': 'h', en: 'h' }, population: { levels: ['higher'] }, severity: 'yellow', action: 'no_new_offerings', condition: { kind: 'cap', measure: 'offerings-per-college', limit: 1 } }] }]);
    const over = { offeringsPerCollege: 2, newOfferingsPerCollege: 1, offeringsInProvince: 1 };
    expect(firstCapBreach(levelled, 'new', over, { level: 'higher' })?.cap.ruleId).toBe('h');
    expect(firstCapBreach(levelled, 'new', over, { level: 'undergraduate' })).toBeUndefined();
    expect(firstCapBreach(caps, 'new', over, { level: 'secondary' })).toBeUndefined();
  });

  it('never refuses suspensions, withdrawals or adjustments', () => {
    const over = { offeringsPerCollege: 50, newOfferingsPerCollege: 50, offeringsInProvince: 50 };
    expect(firstCapBreach(caps, 'withdrawn', over, higher)).toBeUndefined();
    expect(firstCapBreach(caps, 'suspended', over, higher)).toBeUndefined();
    expect(firstCapBreach(caps, 'adjusted', over, higher)).toBeUndefined();
  });

  it('applies a cap limited to young colleges only when the college’s age is known and in range', () => {
    const counts = { offeringsPerCollege: 1, newOfferingsPerCollege: 6, offeringsInProvince: 1 };
    expect(firstCapBreach(caps, 'new', counts, higher)).toBeUndefined();
    expect(firstCapBreach(caps, 'new', counts, { level: 'higher', collegeAge: 2 })).toMatchObject({ cap: { ruleId: 'young' }, count: 6 });
    expect(firstCapBreach(caps, 'new', counts, { level: 'higher', collegeAge: 4 })).toBeUndefined();
  });

  it('refuses only at steps that forbid growth: a tight-control step (Shanxi > 10) advises, its cuts-only step (> 15) refuses', () => {
    const shanxiLike = filingCapsOf([{ ...pack, rules: [{
      kind: 'ladder', id: 'ladder', title: { 'zh-CN': '布点', en: 'In province' },
      steps: [
        { severity: 'yellow', action: 'tight_control', condition: { kind: 'cap', measure: 'offerings-in-region', region: 'province', limit: 10 } },
        { severity: 'red', action: 'cuts_only', condition: { kind: 'cap', measure: 'offerings-in-region', region: 'province', limit: 15 } },
      ],
    }, { kind: 'rule', id: 'advice', title: { 'zh-CN': '提示', en: 'Advice' }, severity: 'notice', action: 'review', condition: { kind: 'cap', measure: 'offerings-per-college', limit: 1 } }] }]);
    expect(shanxiLike.map((c) => [c.ruleId, c.limit])).toEqual([['ladder', 15]]);
    const counts = { offeringsPerCollege: 9, newOfferingsPerCollege: 1, offeringsInProvince: 11 };
    expect(firstCapBreach(shanxiLike, 'new', counts, higher)).toBeUndefined();
    expect(firstCapBreach(shanxiLike, 'new', { ...counts, offeringsInProvince: 16 }, higher)).toMatchObject({ cap: { ruleId: 'ladder', limit: 15 }, count: 16 });
  });
});
