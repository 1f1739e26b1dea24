import type { IssueMessages } from '../../institutions/index.js';

/** Problems specific to indicator files, in both languages (shared spreadsheet problems come from institutions). */
export const indicatorIssueMessages: IssueMessages = {
  NOT_AN_INTEGER: { en: '“{value}” in “{column}” is not a whole number', 'zh-CN': '“{column}”的值“{value}”不是整数' },
  NEGATIVE: { en: '“{column}” cannot be negative ({value})', 'zh-CN': '“{column}”不能为负数（{value}）' },
  YEAR_OUT_OF_RANGE: { en: 'Year {value} is outside {min}–{max}', 'zh-CN': '年份 {value} 不在 {min}–{max} 之间' },
  FIRST_NOT_PARTITION: {
    en: 'The first-snapshot destinations add up to {sum}, not to the {graduates} graduates',
    'zh-CN': '初次去向各项之和为 {sum}，与毕业生数 {graduates} 不符',
  },
  YEAR_END_NOT_PARTITION: {
    en: 'The year-end destinations add up to {sum}, not to the {graduates} graduates',
    'zh-CN': '年终去向各项之和为 {sum}，与毕业生数 {graduates} 不符',
  },
  FIRST_ABOVE_YEAR_END: {
    en: 'Placed at the first snapshot ({first}) exceeds placed at year end ({yearEnd}); the year-end figure includes the first',
    'zh-CN': '初次去向落实人数（{first}）多于年终落实人数（{yearEnd}），年终数应包含初次数',
  },
  RELATED_ABOVE_EMPLOYED: {
    en: 'Related employed ({value}) exceeds those employed at year end ({employed})',
    'zh-CN': '专业相关就业人数（{value}）多于年终就业人数（{employed}）',
  },
  DUAL_ABOVE_FULL_TIME: {
    en: 'Dual-qualified teachers ({value}) exceed full-time teachers ({fullTime})',
    'zh-CN': '双师型教师数（{value}）多于专任教师数（{fullTime}）',
  },
  UNKNOWN_COLLEGE: { en: 'College {value} is not registered', 'zh-CN': '院校 {value} 未登记' },
  UNKNOWN_PROGRAM: { en: 'Program {value} is not in catalog version {version}', 'zh-CN': '专业 {value} 不在目录版本 {version} 中' },
  OUTSIDE_SCOPE: {
    en: 'College {value} (province {province}) is outside your scope; you may import only your own college or province',
    'zh-CN': '院校 {value}（{province}）不在您的管理范围内，只能导入本校或本省的数据',
  },
  NOT_RECORDED: {
    en: 'Offering {value} is not recorded for {year}, so it cannot have an enrollment plan ({planned} places)',
    'zh-CN': '专业点 {value} 未完成 {year} 年备案，不能安排招生计划（{planned} 人）',
  },
  CATALOG_VERSION_NOT_FOUND: { en: 'Catalog version {value} does not exist', 'zh-CN': '目录版本 {value} 不存在' },
  NO_CATALOG_VERSION: { en: 'No catalog version is loaded, so program codes cannot be checked', 'zh-CN': '尚未加载专业目录，无法核对专业代码' },
  NO_DATA_ROWS: { en: 'The file has no data rows (example rows are not imported)', 'zh-CN': '文件中没有数据行（示例行不会导入）' },
};
