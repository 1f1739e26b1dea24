/** JSON values as parsed from a request body. */
export type Json = string | number | boolean | null | Json[] | JsonObject;
export type JsonObject = { [key: string]: Json };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasKey(object: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** Parses JSON text; `undefined` when it is not valid JSON. */
export function parseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/** Where one JSON text lies in the bytes it arrived in: `bytes.subarray(start, end)`. */
export type ByteSpan = { bytes: Buffer; start: number; end: number };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isJsonSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** The span without the JSON whitespace around it. */
export function trimmedSpan(bytes: Buffer, start = 0, end = bytes.length): ByteSpan {
  let from = start;
  let to = end;
  while (from < to && isJsonSpace(bytes[from])) from += 1;
  while (to > from && isJsonSpace(bytes[to - 1])) to -= 1;
  return { bytes, start: from, end: to };
}

/** The index of the quote closing the string that is open at `from` (strings are most of the text). */
function endOfString(bytes: Buffer, from: number): number {
  for (let quote = bytes.indexOf(QUOTE, from); quote >= 0; quote = bytes.indexOf(QUOTE, quote + 1)) {
    let backslashes = 0;
    while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
  }
  return bytes.length;
}

/**
 * Splits the UTF-8 bytes of a JSON array into the exact bytes of each element, so each
 * statement of a batch is stored exactly as received without re-serialising or re-encoding
 * it. Multi-byte UTF-8 sequences never contain ASCII bytes, so scanning bytes for the
 * structural characters is safe. The caller has already checked that the text parses as an array.
 */
export function splitJsonArray(bytes: Buffer, start = 0, end = bytes.length): ByteSpan[] {
  const parts: ByteSpan[] = [];
  let depth = 0;
  let from = -1;
  for (let i = start; i < end; i += 1) {
    const code = bytes[i];
    if (code === QUOTE) {
      if (depth === 1 && from < 0) from = i;
      i = endOfString(bytes, i + 1);
    } else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth === 2 && from < 0) from = i;
    } else if (code === 0x5d || code === 0x7d) {
      if (depth === 1 && from >= 0) parts.push(trimmedSpan(bytes, from, i));
      depth -= 1;
    } else if (code === 0x2c && depth === 1) {
      parts.push(trimmedSpan(bytes, from, i));
      from = -1;
    } else if (depth === 1 && from < 0 && !isJsonSpace(code)) {
      from = i;
    }
  }
  return parts;
}
