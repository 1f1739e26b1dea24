import type { CompactIndicatorRow } from './input.js';

/**
 * Yearly rows held as plain integers in one typed array per province (what the rule-run loader
 * reads), RULE_ROW_WIDTH numbers a row in PACKED_ROW_FIELDS order. A `PackedIndicatorRow` reads its
 * fields in place, so a national run builds no per-row objects of twelve properties and no
 * per-number JavaScript values — the loader's former JSON form cost more in parsing and garbage
 * collection than the rule engine's whole evaluation.
 */
export const PACKED_ROW_FIELDS = [
  'year', 'plannedPlaces', 'entrants', 'enrollment', 'graduates', 'placedFirst', 'placedYearEnd', 'employedYearEnd',
  'relatedEmployed', 'fullTimeTeachers', 'externalTeachers', 'dualQualifiedTeachers',
] as const satisfies readonly (keyof CompactIndicatorRow)[];

export const RULE_ROW_WIDTH = PACKED_ROW_FIELDS.length;

/** One row of a packed array: `at` is the index of its first number. */
export class PackedIndicatorRow implements CompactIndicatorRow {
  constructor(
    private readonly numbers: Int32Array,
    private readonly at: number,
  ) {}
  get year() { return this.numbers[this.at]!; }
  get plannedPlaces() { return this.numbers[this.at + 1]!; }
  get entrants() { return this.numbers[this.at + 2]!; }
  get enrollment() { return this.numbers[this.at + 3]!; }
  get graduates() { return this.numbers[this.at + 4]!; }
  get placedFirst() { return this.numbers[this.at + 5]!; }
  get placedYearEnd() { return this.numbers[this.at + 6]!; }
  get employedYearEnd() { return this.numbers[this.at + 7]!; }
  get relatedEmployed() { return this.numbers[this.at + 8]!; }
  get fullTimeTeachers() { return this.numbers[this.at + 9]!; }
  get externalTeachers() { return this.numbers[this.at + 10]!; }
  get dualQualifiedTeachers() { return this.numbers[this.at + 11]!; }
}

/** `count` rows of `numbers` from row index `firstRow`, as row views in the order stored. */
export function packedRows(numbers: Int32Array, firstRow: number, count: number): PackedIndicatorRow[] {
  const rows = new Array<PackedIndicatorRow>(count);
  for (let i = 0; i < count; i += 1) rows[i] = new PackedIndicatorRow(numbers, (firstRow + i) * RULE_ROW_WIDTH);
  return rows;
}

/**
 * `expected` integers separated by commas ("12,-3,40"; empty text for none) into a typed array,
 * in one pass over the characters (no split, no per-number strings). Throws on anything else or
 * on another count: a malformed load is an error.
 */
export function parseIntegerList(text: string, expected: number): Int32Array {
  const out = new Int32Array(expected);
  const length = text.length;
  let n = 0;
  let value = 0;
  let sign = 1;
  // index of the current number's first character
  let start = 0;
  const end = (i: number) => {
    if (i === start || (sign === -1 && i === start + 1) || n >= expected) throw new Error(`rule input: malformed number list near ${i}`);
    out[n] = sign * value;
    n += 1;
  };
  for (let i = 0; i < length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 44) {
      end(i);
      value = 0;
      sign = 1;
      start = i + 1;
    } else {
      const digit = c - 48;
      if (digit >= 0 && digit <= 9) value = value * 10 + digit;
      else if (c === 45 && i === start) sign = -1;
      else throw new Error(`rule input: unexpected character ${JSON.stringify(text[i])} at ${i}`);
    }
  }
  if (length > 0) end(length);
  if (n !== expected) throw new Error(`rule input: ${n} numbers, ${expected} expected`);
  return out;
}
