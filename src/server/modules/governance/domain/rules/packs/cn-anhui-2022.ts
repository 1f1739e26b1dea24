import type { RulePack } from '../../../../../../shared/contracts/governance/rule-packs.js';
import { consecutive, destinationBelow, text } from './common.js';

/** Anhui 2022–2025: destination rate below 60 % three years running → suspend; ≤ 40 offerings per higher-vocational college. */
export const cnAnhui2022Pack: RulePack = {
  id: 'cn-anhui-2022',
  version: '2022.1',
  title: text('安徽省专业结构调整（2022—2025）', 'Anhui program restructuring 2022–2025'),
  authority: text('安徽省人民政府', 'Anhui Provincial Government'),
  ownerScope: 'province:340000',
  levels: ['higher', 'undergraduate'],
  effectiveFrom: '2022-08-04',
  effectiveTo: '2025-12-31',
  sources: [
    { citation: '安徽省 2022—2025 实施方案（每日经济新闻 2022-08-04）：连续3年就业去向落实率低于60%的专业暂停招生；高职高专专业点不超过40个', reliability: 'V', urls: ['http://m.ship-bio.com/articles/2022-08-04/2391084.html', 'https://gdjy.axhu.edu.cn/contents/3425/203174.html'] },
  ],
  rules: [
    {
      kind: 'rule',
      id: 'destination-below-60-three-years',
      title: text('去向落实率连续 3 年低于 60%', 'Destination rate below 60 % three years running'),
      severity: 'red',
      action: 'suspend_enrollment',
      condition: consecutive(3, destinationBelow(0.6)),
    },
    {
      kind: 'rule',
      id: 'offerings-per-college-above-40',
      title: text('高职院校专业点超过 40 个', 'Higher-vocational college with more than 40 offerings'),
      description: text('恰好 40 个不触发。', 'Exactly 40 does not fire.'),
      population: { levels: ['higher'] },
      severity: 'yellow',
      action: 'no_new_offerings',
      condition: { kind: 'cap', measure: 'offerings-per-college', limit: 40 },
    },
  ],
};
