import { describe, expect, it } from 'vitest';
import { formatMessage, localeFromAcceptLanguage } from './locale.js';

describe('localeFromAcceptLanguage', () => {
  it('prefers the highest q-value among supported languages', () => {
    expect(localeFromAcceptLanguage('fr;q=1, en;q=0.5, zh-CN;q=0.8')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('en-US,en;q=0.9,zh;q=0.1')).toBe('en');
  });
  it('maps any Chinese variant to zh-CN and ignores unsupported ones', () => {
    expect(localeFromAcceptLanguage('zh-TW')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('de, fr')).toBeUndefined();
    expect(localeFromAcceptLanguage(undefined)).toBeUndefined();
  });
  it('skips languages refused with q=0', () => {
    expect(localeFromAcceptLanguage('zh;q=0, en')).toBe('en');
  });
});

describe('formatMessage', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
