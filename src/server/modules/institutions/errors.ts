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
  IMPORT_REJECTED: {
    status: 422,
    messages: {
      en: 'The file has {count} problem(s), so nothing was imported. First: {first}',
      'zh-CN': '文件中有 {count} 处问题，未导入任何数据。首个问题：{first}',
    },
  },
  IMPORT_EMPTY: {
    status: 422,
    messages: { en: 'The file has no rows to import', 'zh-CN': '文件中没有可导入的行' },
  },
  IMPORT_FINGERPRINT_MISMATCH: {
    status: 409,
    messages: {
      en: 'The file or its options differ from the preview; preview it again before importing',
      'zh-CN': '文件或导入选项与预览时不一致，请重新预览后再导入',
    },
  },
});
