import { defineErrors } from '../../platform/errors/app-error.js';

/** Dashboards, industry data and the public information service. */
export const dashboardErrors = defineErrors({
  DASHBOARD_COLLEGE_NOT_FOUND: {
    status: 404,
    messages: { en: 'College {id} was not found', 'zh-CN': '未找到院校 {id}' },
  },
  DASHBOARD_COLLEGE_OUTSIDE_PROVINCE: {
    status: 400,
    messages: { en: 'College {college} is not in province {province}', 'zh-CN': '院校 {college} 不属于 {province}' },
  },
  INDUSTRY_IMPORT_REJECTED: {
    status: 422,
    messages: {
      en: 'The file has {count} problem(s), so nothing was imported. First: {first}',
      'zh-CN': '文件中有 {count} 处问题，未导入任何数据。首个问题：{first}',
    },
  },
  INDUSTRY_IMPORT_FINGERPRINT_MISMATCH: {
    status: 409,
    messages: { en: 'The file or its options differ from the preview; preview it again before importing', 'zh-CN': '文件或导入选项与预览时不一致，请重新预览后再导入' },
  },
  PUBLIC_OFFERING_NOT_FOUND: {
    status: 404,
    messages: { en: 'No recorded offering {id} was found', 'zh-CN': '未找到已备案的专业点 {id}' },
  },
});
