import type { IssueMessages } from '../spreadsheet/issues.js';

/** Row-level problems specific to college lists, in both languages. */
export const collegeIssueMessages: IssueMessages = {
  UNKNOWN_PROVINCE: { en: '“{value}” is not a province, autonomous region or municipality', 'zh-CN': '“{value}”不是省级行政区名称' },
  UNKNOWN_REGION: { en: 'Region code {value} does not exist in this province', 'zh-CN': '行政区划代码 {value} 不存在或不属于该省' },
  OUTSIDE_SCOPE: {
    en: 'This college is in province {province}, outside your scope; remove the row or choose to skip such rows',
    'zh-CN': '该院校属于 {province}，不在您的管理范围内；请删除该行或选择跳过此类行',
  },
  MOVES_OUT_OF_SCOPE: {
    en: 'College {value} is registered in province {province}, outside your scope',
    'zh-CN': '院校 {value} 已登记在 {province}，不在您的管理范围内',
  },
};
