import { defineErrors } from '../../platform/errors/app-error.js';

/** Indicator imports, rule packs and rule runs. Spread into `governanceErrors` (errors.ts). */
export const indicatorRuleErrors = defineErrors({
  INDICATOR_IMPORT_PREVIEW_MISMATCH: {
    status: 409,
    messages: {
      en: 'The file or options differ from the preview; preview the file again before importing',
      'zh-CN': '文件或选项与预览时不一致，请重新预览后再导入',
    },
  },
  INDICATOR_IMPORT_REJECTED: {
    status: 422,
    messages: { en: 'The file has {count} problem(s) and nothing was imported; first: {first}', 'zh-CN': '文件有 {count} 处问题，未导入任何数据；第一处：{first}' },
  },
  INDICATOR_IMPORT_EMPTY: {
    status: 422,
    messages: { en: 'The file has no data rows to import', 'zh-CN': '文件中没有可导入的数据行' },
  },
  RULE_PACK_NOT_FOUND: {
    status: 404,
    messages: { en: 'Rule pack {id} was not found', 'zh-CN': '未找到规则包 {id}' },
  },
  RULE_PACK_VERSION_NOT_FOUND: {
    status: 404,
    messages: { en: 'Rule pack {id} has no version {version}', 'zh-CN': '规则包 {id} 没有第 {version} 版' },
  },
  RULE_PACK_INVALID: {
    status: 400,
    messages: { en: 'The rule pack has {count} invalid field(s); first: {first}', 'zh-CN': '规则包有 {count} 处无效字段；第一处：{first}' },
  },
  RULE_PACK_READ_ONLY: {
    status: 409,
    messages: { en: 'Rule pack {id} is an international reference and cannot be changed', 'zh-CN': '规则包 {id} 是国际参照规则，不能修改' },
  },
  RULE_PACK_ID_MISMATCH: {
    status: 400,
    messages: { en: 'The pack document’s id {bodyId} differs from {id} in the address', 'zh-CN': '规则包文档中的编号 {bodyId} 与地址中的 {id} 不一致' },
  },
  RULE_PACK_OWNER_CHANGED: {
    status: 409,
    messages: { en: 'Rule pack {id} belongs to {owner}; a new version cannot move it to {requested}', 'zh-CN': '规则包 {id} 归属 {owner}，新版本不能改为 {requested}' },
  },
  RULE_RUN_NOT_FOUND: {
    status: 404,
    messages: { en: 'Rule run {id} was not found', 'zh-CN': '未找到规则运行记录 {id}' },
  },
  RULE_RUN_NO_ACTIVE_PACKS: {
    status: 409,
    messages: { en: 'No rule pack is active for {scope} in {year}', 'zh-CN': '{scope} 在 {year} 年没有生效的规则包' },
  },
});
