import { defineErrors } from '../../platform/errors/app-error.js';

export const catalogErrors = defineErrors({
  CATALOG_VERSION_NOT_FOUND: {
    status: 404,
    messages: { en: 'Catalog version {id} was not found', 'zh-CN': '未找到目录版本 {id}' },
  },
  PROGRAM_NOT_FOUND: {
    status: 404,
    messages: { en: 'Program {code} is not in catalog version {versionId}', 'zh-CN': '目录版本 {versionId} 中没有专业 {code}' },
  },
  REFERENCE_SET_NOT_FOUND: {
    status: 404,
    messages: { en: 'Reference set {id} was not found', 'zh-CN': '未找到参考数据 {id}' },
  },
  REFERENCE_ITEM_NOT_FOUND: {
    status: 422,
    messages: { en: 'Item {code} is not in reference set {setId}', 'zh-CN': '参考数据 {setId} 中没有条目 {code}' },
  },
  VERSIONS_NOT_ON_ONE_CHAIN: {
    status: 422,
    messages: {
      en: 'Versions {from} and {to} are not on one chain of editions and supplements',
      'zh-CN': '版本 {from} 与 {to} 不在同一目录版本链上',
    },
  },
  NO_AMPLITUDE_BASELINE: {
    status: 422,
    messages: {
      en: 'Version {id} has no earlier version to compare with',
      'zh-CN': '版本 {id} 没有可比较的更早版本',
    },
  },
  CATALOG_IMPORT_REJECTED: {
    status: 422,
    messages: {
      en: 'The file has {count} problem(s), so nothing was imported. First: {first}',
      'zh-CN': '文件中有 {count} 处问题，未导入任何数据。首个问题：{first}',
    },
  },
  CATALOG_IMPORT_FINGERPRINT_MISMATCH: {
    status: 409,
    messages: {
      en: 'The files or options differ from the preview; preview them again before importing',
      'zh-CN': '文件或导入选项与预览时不一致，请重新预览后再导入',
    },
  },
});
