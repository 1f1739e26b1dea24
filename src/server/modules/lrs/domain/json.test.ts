import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitJsonArray, trimmedSpan, type ByteSpan } from './json.js';

const textOf = (span: ByteSpan) => span.bytes.subarray(span.start, span.end).toString('utf8');

describe('splitJsonArray', () => {
  it('returns the exact bytes of each element', () => {
    const text = '[ {"a":"x,]}","b":[1,2]} ,\n{"c":"\\"}"}, "学员\\\\", 12 ]';
    expect(splitJsonArray(Buffer.from(text)).map(textOf)).toEqual(['{"a":"x,]}","b":[1,2]}', '{"c":"\\"}"}', '"学员\\\\"', '12']);
    expect(splitJsonArray(Buffer.from('[]'))).toEqual([]);
  });

  it('agrees with JSON.parse for any array of objects', () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.string(), fc.jsonValue())), fc.boolean(), (items, isPretty) => {
        const text = JSON.stringify(items, null, isPretty ? 2 : undefined);
        const parts = splitJsonArray(Buffer.from(text));
        expect(parts.map((part) => JSON.parse(textOf(part)) as unknown)).toEqual(JSON.parse(text));
      }),
    );
  });
});

describe('trimmedSpan', () => {
  it('drops JSON whitespace at both ends only', () => {
    expect(textOf(trimmedSpan(Buffer.from(' \r\n\t{"a": 1 }\n')))).toBe('{"a": 1 }');
    expect(textOf(trimmedSpan(Buffer.from('   ')))).toBe('');
  });
});
