import type { RulePack } from '../../../../../../shared/contracts/governance/rule-packs.js';
import { noEnrollmentThreeYears, text } from './common.js';

/**
 * Shanxi 2024 (高职 控制名单): > 10 offerings in the province → tight control, > 15 → cuts only;
 * ≤ 5 new programs per college a year; 3 years without enrollment → withdraw. The source's
 * "≥ 30 offerings: no net growth" is not a cap on a count (adds must be matched by cuts), so it is
 * left to the filing review rather than written as one.
 */
export const cnShanxi2024Pack: RulePack = {
  id: 'cn-shanxi-2024',
  version: '2024.1',
  title: text('山西省高职专业设置控制名单（2024 版）', 'Shanxi higher-vocational program control list 2024'),
  authority: text('山西省教育厅', 'Shanxi Provincial Department of Education'),
  ownerScope: 'province:140000',
  levels: ['higher'],
  effectiveFrom: '2024-01-01',
  effectiveTo: null,
  sources: [
    { citation: '山西省高职专业设置控制名单/鼓励名单（2024版）：全省布点超过15个只减不增，超过10个严格控制；每校每年新增不超过5个；专业点30个以上的学校不净增（未建模为规则）；连续3年未招生撤销', reliability: 'S', urls: ['http://m.mojitoev.com/news/2217432.html'], note: text('二手来源，发布日期未核实', 'secondary source; the issue date is not verified') },
  ],
  rules: [
    {
      kind: 'ladder',
      id: 'province-saturation',
      title: text('全省布点过多', 'Too many offerings in the province'),
      description: text('超过 10 个严格控制；超过 15 个只减不增（取最严重的一级）；恰好 10、15 个不升级。', 'More than 10 → tight control; more than 15 → cuts only (the most severe step fires); exactly 10 or 15 does not step up.'),
      steps: [
        { severity: 'yellow', action: 'tight_control', label: text('布点 > 10', 'offerings > 10'), condition: { kind: 'cap', measure: 'offerings-in-region', region: 'province', limit: 10 } },
        { severity: 'red', action: 'cuts_only', label: text('布点 > 15', 'offerings > 15'), condition: { kind: 'cap', measure: 'offerings-in-region', region: 'province', limit: 15 } },
      ],
    },
    {
      kind: 'rule',
      id: 'new-programs-above-5',
      title: text('学校当年新增专业超过 5 个', 'College adds more than 5 programs in a year'),
      severity: 'yellow',
      action: 'review',
      condition: { kind: 'cap', measure: 'new-offerings-per-college', limit: 5 },
    },
    noEnrollmentThreeYears(text('连续 3 年未招生的专业撤销。', 'Programs without enrollment for 3 years are withdrawn.')),
  ],
};
