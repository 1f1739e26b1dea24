import type { Condition, RulePack } from '../../../../../../shared/contracts/governance/rule-packs.js';
import { text } from './common.js';

/**
 * England, OfS condition B3, thresholds for full-time "other undergraduate" (the closest to
 * higher-vocational): continuation 75 %, completion 65 %, progression 45 %. Continuation and
 * completion pool the latest 4 years, progression the latest 3. Denominators of 23 or fewer are
 * not shown by OfS: here they are insufficient data. Falling below is not an automatic breach
 * (OfS weighs context), hence `review`.
 */
const pooledBelow = (indicator: 'continuation-rate' | 'completion-rate' | 'progression-rate', value: number, years: number): Condition => ({
  kind: 'threshold',
  indicator,
  comparison: 'lt',
  value,
  minCount: 24,
  pooling: { years, when: 'always' },
});

export const ukOfsB3Pack: RulePack = {
  id: 'uk-ofs-b3',
  version: '2022.1',
  title: text('英格兰学生事务办公室 B3 条件（全日制其他本科）', 'England OfS condition B3 (full-time other undergraduate)'),
  authority: text('英格兰学生事务办公室（OfS）', 'Office for Students (England)'),
  ownerScope: 'international',
  levels: ['higher'],
  effectiveFrom: '2022-10-01',
  effectiveTo: null,
  sources: [
    { citation: 'OfS, Numerical thresholds for condition B3 (from October 2022): full-time other undergraduate 75 / 65 / 45 %', reliability: 'V', urls: ['https://officeforstudents.org.uk/advice-and-guidance/quality-and-standards/how-we-regulate-student-outcomes/numerical-thresholds-for-condition-b3/'] },
    { citation: 'OfS, About the student outcomes data dashboard: definitions; denominators ≤ 23 not shown', reliability: 'V', urls: ['https://officeforstudents.org.uk/data-and-analysis/student-outcomes-data-dashboard/about-the-data-dashboard'] },
    { citation: 'Pooling of 4 years (continuation, completion) and 3 years (progression)', reliability: 'S', urls: [] },
  ],
  rules: [
    { kind: 'rule', id: 'continuation-below-75', title: text('续读率低于 75%（4 年合计）', 'Continuation below 75 % (4 years pooled)'), severity: 'yellow', action: 'review', condition: pooledBelow('continuation-rate', 0.75, 4) },
    { kind: 'rule', id: 'completion-below-65', title: text('完成率低于 65%（4 年合计）', 'Completion below 65 % (4 years pooled)'), severity: 'yellow', action: 'review', condition: pooledBelow('completion-rate', 0.65, 4) },
    { kind: 'rule', id: 'progression-below-45', title: text('进阶率低于 45%（3 年合计）', 'Progression below 45 % (3 years pooled)'), severity: 'yellow', action: 'review', condition: pooledBelow('progression-rate', 0.45, 3) },
  ],
};
