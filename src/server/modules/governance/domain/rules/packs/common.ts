import type { LocalizedText } from '../../../../../../shared/contracts/governance/findings.js';
import type { Condition, Rule } from '../../../../../../shared/contracts/governance/rule-packs.js';

/** Small builders that keep the default packs readable. They produce plain pack data. */
export const text = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** Year-end destination rate below `value` (governance-rules.md: the national anchor uses the year-end snapshot). */
export const destinationBelow = (value: number, snapshot: 'first' | 'year-end' = 'year-end'): Condition => ({
  kind: 'threshold',
  indicator: snapshot === 'first' ? 'destination-rate-first' : 'destination-rate-year-end',
  comparison: 'lt',
  value,
});

export const consecutive = (years: number, condition: Condition): Condition => ({ kind: 'consecutive', years, condition });

/** 连续 3 年不招生 → 撤销 (vocational-undergraduate rules 2021; Shandong 2017; Shanxi 2024). */
export const noEnrollmentThreeYears = (description: LocalizedText): Rule => ({
  kind: 'rule',
  id: 'no-enrollment-3-years',
  title: text('连续 3 年未招生', 'No enrollment for 3 consecutive years'),
  description,
  severity: 'red',
  action: 'withdraw',
  condition: { kind: 'threshold', indicator: 'years-without-enrollment', comparison: 'gte', value: 3 },
});
