import type { RulePack } from '../../../../../../shared/contracts/governance/rule-packs.js';
import { consecutive, text } from './common.js';

/**
 * Fujian 2023. Tie rule of the bottom-10 % benchmark (documented in the rule): an offering is in
 * the bottom 10 % when fewer than 10 % of the ranked offerings of its level in the province are
 * strictly below it, so offerings tied at the cut are all in. Only offerings with at least 30
 * graduates are ranked.
 */
export const cnFujian2023Pack: RulePack = {
  id: 'cn-fujian-2023',
  version: '2023.1',
  title: text('福建省职业院校专业建设发展规划', 'Fujian vocational program planning 2023'),
  authority: text('福建省教育厅', 'Fujian Provincial Department of Education'),
  ownerScope: 'province:350000',
  levels: ['secondary', 'higher'],
  effectiveFrom: '2023-08-21',
  effectiveTo: '2026-12-31',
  sources: [
    { citation: '《关于做好职业院校专业建设发展规划编制工作的通知》（厦门晚报 2023-08-21）：连续2年初次毕业去向落实率排名后10%调减或停招；高职布点超过20个不再新增；中职布点超过设区市学校数50%不再新增；专业数不超过全日制在校生数÷300（高职）/÷200（中职）', reliability: 'V', urls: ['http://www.olppe.com/guonei/20230821/21142544.html', 'https://ghsi.com.cn/index/news/getcontent.html?id=1470'] },
  ],
  rules: [
    {
      kind: 'rule',
      id: 'bottom-10-percent-two-years',
      title: text('初次去向落实率连续两年居全省后 10%', 'Bottom 10 % of the province on first destination rate two years running'),
      description: text(
        '同层次全省排名；并列规则：严格低于本专业点的专业点不足 10% 即属后 10%，与切分点并列者一并纳入；毕业生少于 30 人不参与排名。',
        'Ranked within the province and level. Tie rule: an offering is in the bottom 10 % when fewer than 10 % of ranked offerings are strictly below it, so ties at the cut are all in; offerings with fewer than 30 graduates are not ranked.',
      ),
      severity: 'red',
      action: 'cut_plan',
      condition: consecutive(2, { kind: 'benchmark', indicator: 'destination-rate-first', region: 'province', mode: 'bottom', percent: 10 }),
    },
    {
      kind: 'rule',
      id: 'province-offerings-above-20',
      title: text('高职专业全省布点超过 20 个', 'Higher-vocational program offered more than 20 times in the province'),
      description: text('恰好 20 个不触发。', 'Exactly 20 does not fire.'),
      population: { levels: ['higher'] },
      severity: 'yellow',
      action: 'no_new_offerings',
      condition: { kind: 'cap', measure: 'offerings-in-region', region: 'province', limit: 20 },
    },
    {
      kind: 'rule',
      id: 'prefecture-share-above-50-secondary',
      title: text('中职专业布点超过设区市学校数的 50%', 'Secondary program offered by more than half of a prefecture’s schools'),
      description: text('恰好 50% 不触发；学校所在地市未知时不计入。', 'Exactly 50 % does not fire; schools whose prefecture is unknown are not counted.'),
      population: { levels: ['secondary'] },
      severity: 'yellow',
      action: 'no_new_offerings',
      condition: { kind: 'cap', measure: 'repetition-rate', region: 'prefecture', limit: 0.5 },
    },
    {
      kind: 'rule',
      id: 'programs-per-enrollment-higher',
      title: text('高职专业数超过全日制在校生数 ÷ 300', 'Higher-vocational programs above full-time enrollment ÷ 300'),
      population: { levels: ['higher'] },
      severity: 'yellow',
      action: 'cuts_only',
      condition: { kind: 'cap', measure: 'programs-per-enrollment', divisor: 300 },
    },
    {
      kind: 'rule',
      id: 'programs-per-enrollment-secondary',
      title: text('中职专业数超过全日制在校生数 ÷ 200', 'Secondary programs above full-time enrollment ÷ 200'),
      population: { levels: ['secondary'] },
      severity: 'yellow',
      action: 'cuts_only',
      condition: { kind: 'cap', measure: 'programs-per-enrollment', divisor: 200 },
    },
  ],
};
