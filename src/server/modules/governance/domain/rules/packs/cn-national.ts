import type { RulePack } from '../../../../../../shared/contracts/governance/rule-packs.js';
import { consecutive, destinationBelow, noEnrollmentThreeYears, text } from './common.js';

/**
 * National baseline (governance-rules.md, default packs, rows "national"): destination rate below
 * 60 % two years running, three years without enrollment, nationally controlled programs
 * (reference data, matched by catalog names) and the medical first-year intake cap.
 */
export const cnNationalPack: RulePack = {
  id: 'cn-national',
  version: '2024.1',
  title: text('国家基础规则包', 'National baseline'),
  authority: text('中华人民共和国教育部', 'Ministry of Education of the PRC'),
  ownerScope: 'national',
  levels: ['higher', 'undergraduate'],
  effectiveFrom: '2012-01-01',
  effectiveTo: null,
  description: text(
    '就业预警与退出（2011/2012 年就业通知）、连续 3 年不招生撤销（2021 职业本科办法）、国控专业与医学类首年招生 ≤ 50（2022–2024 年备案通知）。去向落实率取年终口径。',
    'Employment warning and exit (MOE employment notices 2011/2012), withdrawal after 3 years without enrollment (vocational-undergraduate rules 2021), controlled programs and the medical first-year intake cap (filing notices 2022–2024). Destination rate at the year-end snapshot.',
  ),
  sources: [
    { citation: '教育部 2011/2012 年高校毕业生就业工作通知：“就业率连续两年低于60%……调减招生计划直至停招”', reliability: 'V', urls: ['http://news.sina.com.cn/c/2012-11-26/013925659242.shtml'], note: text('2011 年措辞为就业率；2021 届起统计口径改为毕业去向落实率 [V/S]', 'the 2011 wording says employment rate; since the class of 2021 the statistic is the destination rate [V/S]') },
    { citation: '《本科层次职业教育专业设置管理办法（试行）》(2021)：连续3年不招生原则上撤销', reliability: 'V', urls: ['https://rzbsdt.cn/jwc/info/1051/3475.html'] },
    { citation: '教育部 2022 年高职专业设置备案结果（中国青年报 2022-02-28）：医学类、中医药类国控专业点首年招生不超过 50 人', reliability: 'V', urls: ['http://mve.cn/html/2022/zgqnb_0228/48664.html'] },
    { citation: '教职成函〔2019〕1号、〔2023〕4号、〔2024〕1号 备案通知：国控专业须经教育部审批', reliability: 'V', urls: ['https://m.fixedeals.com/policy/policyDetail/6436', 'https://hnyande.com/show-8-93114.html', 'https://fg.pymc.edu.cn/info/1099/1470.htm'] },
    { citation: '国控专业名称清单：按 2021 年目录中标注“K”的专业类与专业名称整理，按名称匹配以适用于任何目录版本', reliability: 'U', urls: [], note: text('名单未逐条与教育部原文核对，使用前须核对现行目录', 'the name list was not checked item by item against the MOE text; confirm against the current catalog before relying on it') },
  ],
  controlledPrograms: [
    {
      id: 'medicine',
      label: text('医学类（临床医学、护理、中医）', 'medicine (clinical, nursing, traditional Chinese medicine)'),
      regulator: text('卫生健康委、中医药管理局', 'health commission, TCM administration'),
      matches: [
        { field: 'category', match: 'equals', text: '临床医学类' },
        { field: 'category', match: 'equals', text: '护理类' },
        { field: 'program', match: 'equals', text: '中医学' },
        { field: 'program', match: 'equals', text: '针灸推拿' },
        { field: 'program', match: 'equals', text: '中医骨伤' },
        { field: 'program', match: 'equals', text: '蒙医学' },
        { field: 'program', match: 'equals', text: '藏医学' },
        { field: 'program', match: 'equals', text: '维医学' },
        { field: 'program', match: 'equals', text: '傣医学' },
        { field: 'program', match: 'equals', text: '哈医学' },
      ],
      excludes: [],
    },
    {
      id: 'police',
      label: text('公安类', 'police'),
      regulator: text('公安部门', 'public security'),
      matches: [
        { field: 'category', match: 'prefix', text: '公安' },
        { field: 'category', match: 'equals', text: '侦查类' },
      ],
      excludes: [],
    },
    {
      id: 'justice',
      label: text('司法类', 'justice'),
      regulator: text('司法行政部门', 'justice administration'),
      matches: [
        { field: 'category', match: 'contains', text: '司法' },
        { field: 'category', match: 'equals', text: '法律执行类' },
      ],
      excludes: [],
    },
    {
      id: 'teaching',
      label: text('教育类（师范）', 'teaching'),
      regulator: text('教育行政部门', 'education administration'),
      matches: [{ field: 'category', match: 'equals', text: '教育类' }],
      excludes: [],
    },
  ],
  rules: [
    {
      kind: 'rule',
      id: 'destination-below-60-two-years',
      title: text('去向落实率连续两年低于 60%', 'Destination rate below 60 % two years running'),
      description: text('调减招生计划，仍不改善则停招；少于 30 名毕业生的年份为数据不足。', 'Cut the enrollment plan, then stop if it persists; a year with fewer than 30 graduates is insufficient data.'),
      severity: 'red',
      action: 'cut_plan',
      condition: consecutive(2, destinationBelow(0.6)),
    },
    noEnrollmentThreeYears(text('原则上撤销专业点。', 'Withdraw the offering, as a rule.')),
    {
      kind: 'rule',
      id: 'medical-first-year-intake',
      title: text('医学类国控专业点首年招生超过 50 人', 'Medical controlled offering enrolls more than 50 in its first year'),
      description: text('首年招生不超过 50 人；恰好 50 人不触发。', 'First-year intake at most 50; exactly 50 does not fire.'),
      population: { controlledClasses: ['medicine'] },
      severity: 'yellow',
      action: 'cap_plan',
      condition: { kind: 'threshold', indicator: 'first-year-intake', comparison: 'gt', value: 50 },
    },
  ],
};
