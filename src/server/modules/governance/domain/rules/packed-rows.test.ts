import { describe, expect, it } from 'vitest';
import { packedRows, parseIntegerList, PACKED_ROW_FIELDS, RULE_ROW_WIDTH } from './packed-rows.js';

describe('packed rows', () => {
  it('parses a comma-separated integer list, negatives included', () => {
    expect([...parseIntegerList('12,-3,40,0', 4)]).toEqual([12, -3, 40, 0]);
    expect(parseIntegerList('', 0)).toHaveLength(0);
  });

  it('rejects a malformed list or another count than expected', () => {
    expect(() => parseIntegerList('1,,2', 3)).toThrow();
    expect(() => parseIntegerList('1,2', 3)).toThrow();
    expect(() => parseIntegerList('1,2,3', 2)).toThrow();
    expect(() => parseIntegerList('1,x', 2)).toThrow();
    expect(() => parseIntegerList('1-2', 1)).toThrow();
    expect(() => parseIntegerList('1,', 1)).toThrow();
    expect(() => parseIntegerList('-,1', 2)).toThrow();
    expect(() => parseIntegerList('1,-', 2)).toThrow();
  });

  it('reads each field of a row in place, in PACKED_ROW_FIELDS order', () => {
    const numbers = Int32Array.from({ length: 2 * RULE_ROW_WIDTH }, (_, i) => i);
    const [first, second] = packedRows(numbers, 0, 2);
    PACKED_ROW_FIELDS.forEach((field, i) => {
      expect(first?.[field]).toBe(i);
      expect(second?.[field]).toBe(RULE_ROW_WIDTH + i);
    });
    expect(packedRows(numbers, 1, 1)[0]?.year).toBe(RULE_ROW_WIDTH);
  });
});
