import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitJsonArray } from './json.js';

describe('splitJsonArray', () => {
  it('returns the exact text of each element', () => {
    const text = '[ {"a":"x,]}","b":[1,2]} ,\n{"c":"\\"}"} ]';
    expect(splitJsonArray(text)).toEqual(['{"a":"x,]}","b":[1,2]}', '{"c":"\\"}"}']);
    expect(splitJsonArray('[]')).toEqual([]);
  });

  it('agrees with JSON.parse for any array of objects', () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.string(), fc.jsonValue())), fc.boolean(), (items, isPretty) => {
        const text = JSON.stringify(items, null, isPretty ? 2 : undefined);
        const parts = splitJsonArray(text);
        expect(parts.map((part) => JSON.parse(part) as unknown)).toEqual(JSON.parse(text));
      }),
    );
  });
});
