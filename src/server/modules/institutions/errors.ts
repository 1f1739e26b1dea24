import { defineErrors } from '../../platform/errors/app-error.js';

export const institutionsErrors = defineErrors({
  COLLEGE_NOT_FOUND: {
    status: 404,
    messages: { en: 'College {id} was not found', 'zh-CN': '未找到院校 {id}' },
  },
  REGION_NOT_FOUND: {
    status: 404,
    messages: { en: 'Region {code} was not found', 'zh-CN': '未找到行政区划 {code}' },
  },
});
