import { describe, expect, it } from 'vitest';
import { highlightParts, snippetParts } from './highlight.js';

describe('highlighted snippets', () => {
  it('marks every occurrence, longest term first, case-insensitively', () => {
    expect(highlightParts('数控技术与数控编程', ['数控', '数控技术'])).toEqual([
      { text: '数控技术', isMatch: true },
      { text: '与', isMatch: false },
      { text: '数控', isMatch: true },
      { text: '编程', isMatch: false },
    ]);
    expect(highlightParts('CNC basics', ['cnc'])).toEqual([
      { text: 'CNC', isMatch: true },
      { text: ' basics', isMatch: false },
    ]);
  });

  it('keeps markup as text', () => {
    expect(highlightParts('<b>x</b>', ['x']).map((part) => part.text).join('')).toBe('<b>x</b>');
  });

  it('cuts a long text around the first match', () => {
    const text = `${'a'.repeat(300)} welding ${'b'.repeat(300)}`;
    const parts = snippetParts(text, ['welding'], 80);
    const joined = parts.map((part) => part.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(parts.some((part) => part.isMatch && part.text === 'welding')).toBe(true);
  });

  it('returns the text whole when nothing is searched', () => {
    expect(highlightParts('hello', [])).toEqual([{ text: 'hello', isMatch: false }]);
    expect(highlightParts('', ['x'])).toEqual([]);
  });
});
