import type { Locale } from '../platform/i18n/locale.js';

type IssueParams = Record<string, unknown>;

const describeType: Record<string, { en: string; 'zh-CN': string }> = {
  string: { en: 'text', 'zh-CN': '文本' },
  number: { en: 'a number', 'zh-CN': '数字' },
  int: { en: 'an integer', 'zh-CN': '整数' },
  boolean: { en: 'true or false', 'zh-CN': '布尔值' },
  object: { en: 'an object', 'zh-CN': '对象' },
  array: { en: 'a list', 'zh-CN': '列表' },
};

/** Turns one zod issue into a sentence in the caller's language. */
export function translateIssue(code: string, params: IssueParams, fallback: string, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const n = (key: string) => String(params[key] ?? '');
  switch (code) {
    case 'invalid_type': {
      if (params.input === undefined || fallback.includes('received undefined')) return zh ? '必填' : 'is required';
      const expected = describeType[n('expected')];
      if (expected) return zh ? `应为${expected['zh-CN']}` : `must be ${expected.en}`;
      return zh ? `类型应为 ${n('expected')}` : `must be of type ${n('expected')}`;
    }
    case 'too_small':
      if (params.origin === 'string') return zh ? `长度至少为 ${n('minimum')} 个字符` : `must be at least ${n('minimum')} characters`;
      if (params.origin === 'array') return zh ? `至少需要 ${n('minimum')} 项` : `must have at least ${n('minimum')} items`;
      return zh ? `不能小于 ${n('minimum')}` : `must be at least ${n('minimum')}`;
    case 'too_big':
      if (params.origin === 'string') return zh ? `长度最多为 ${n('maximum')} 个字符` : `must be at most ${n('maximum')} characters`;
      if (params.origin === 'array') return zh ? `最多 ${n('maximum')} 项` : `must have at most ${n('maximum')} items`;
      return zh ? `不能大于 ${n('maximum')}` : `must be at most ${n('maximum')}`;
    case 'invalid_format':
      if (params.format === 'email') return zh ? '不是有效的电子邮箱地址' : 'must be a valid email address';
      if (params.format === 'uuid') return zh ? '不是有效的 UUID' : 'must be a UUID';
      if (params.format === 'datetime') return zh ? '不是有效的 ISO 8601 日期时间' : 'must be an ISO 8601 date-time';
      if (params.format === 'regex') return zh ? '格式不正确' : fallback.startsWith('Invalid') ? 'has the wrong format' : fallback;
      return zh ? '格式不正确' : 'has the wrong format';
    case 'invalid_value':
    case 'invalid_enum_value': {
      const values = Array.isArray(params.values) ? params.values.map(String).join(', ') : '';
      return zh ? `必须是以下之一：${values}` : `must be one of: ${values}`;
    }
    case 'unrecognized_keys': {
      const keys = Array.isArray(params.keys) ? params.keys.map(String).join(', ') : '';
      return zh ? `包含未知字段：${keys}` : `has unknown fields: ${keys}`;
    }
    case 'invalid_union':
      return zh ? '不符合任何允许的形式' : 'does not match any allowed form';
    default:
      return zh ? '无效' : fallback;
  }
}
