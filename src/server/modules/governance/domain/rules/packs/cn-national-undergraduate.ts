import type { RulePack } from '../../../../../../shared/contracts/governance/rule-packs.js';
import { text } from './common.js';

/**
 * National conditions for vocational-undergraduate programs (职业本科 2021 办法): whole-school
 * students per teacher ≤ 18, 双师型 ≥ 50 %, doctorates ≥ 15 %, industry staff teach ≥ 20 % of
 * professional hours. Not meeting them blocks new vocational-undergraduate offerings.
 */
const teacherMinimum = text('专任教师少于 5 人时为数据不足。', 'Fewer than 5 full-time teachers is insufficient data.');

export const cnNationalUndergraduatePack: RulePack = {
  id: 'cn-national-undergraduate',
  version: '2021.1',
  title: text('职业本科专业设置条件', 'Vocational-undergraduate program conditions'),
  authority: text('中华人民共和国教育部', 'Ministry of Education of the PRC'),
  ownerScope: 'national',
  levels: ['undergraduate'],
  effectiveFrom: '2021-01-22',
  effectiveTo: null,
  sources: [
    { citation: '《本科层次职业教育专业设置管理办法（试行）》(2021)：生师比不高于 18:1；双师型教师不低于 50%；博士学位教师不低于 15%；行业企业兼职教师承担专业课学时不低于 20%', reliability: 'V', urls: ['https://rzbsdt.cn/jwc/info/1051/3475.html', 'http://universityage.com/xysh/zyzs/230814095403716980.html'] },
  ],
  rules: [
    {
      kind: 'rule',
      id: 'student-teacher-ratio-above-18',
      title: text('全校生师比高于 18:1', 'Whole-school student–teacher ratio above 18'),
      description: text('按学校汇总：在校生 ÷（专任教师 + 0.5 × 外聘教师）；恰好 18 不触发。', 'Summed over the college: students ÷ (full-time + 0.5 × external teachers); exactly 18 does not fire.'),
      severity: 'yellow',
      action: 'no_new_offerings',
      condition: { kind: 'threshold', indicator: 'student-teacher-ratio', comparison: 'gt', value: 18, aggregate: 'college' },
    },
    {
      kind: 'rule',
      id: 'dual-qualified-below-50',
      title: text('双师型教师占比低于 50%', 'Dual-qualified teachers below 50 %'),
      description: teacherMinimum,
      severity: 'yellow',
      action: 'no_new_offerings',
      condition: { kind: 'threshold', indicator: 'dual-qualified-share', comparison: 'lt', value: 0.5, minCount: 5 },
    },
    {
      kind: 'rule',
      id: 'doctorate-below-15',
      title: text('博士学位教师占比低于 15%', 'Doctorate teachers below 15 %'),
      description: teacherMinimum,
      severity: 'yellow',
      action: 'no_new_offerings',
      condition: { kind: 'threshold', indicator: 'doctorate-teacher-share', comparison: 'lt', value: 0.15, minCount: 5 },
    },
    {
      kind: 'rule',
      id: 'industry-hours-below-20',
      title: text('行业企业兼职教师授课课时占比低于 20%', 'Industry staff teach under 20 % of professional hours'),
      severity: 'yellow',
      action: 'no_new_offerings',
      condition: { kind: 'threshold', indicator: 'industry-teaching-share', comparison: 'lt', value: 0.2 },
    },
  ],
};
