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

/** The index of the quote closing the string that is open at `from` (strings are most of the text). */
function endOfString(text: string, from: number): number {
  for (let quote = text.indexOf('"', from); quote >= 0; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
  }
  return text.length;
}

/**
 * Splits the text of a JSON array into the exact text of each element, so each statement of a
 * batch can be stored exactly as received without re-serialising it. The caller has already
 * checked that `text` parses as an array.
 */
export function splitJsonArray(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let isInString = false;
  let start = -1;
  for (let i = 0; i < text.length; i += 1) {
    if (isInString) {
      i = endOfString(text, i);
      isInString = false;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code === 34) {
      isInString = true;
      if (depth === 1 && start < 0) start = i;
    } else if (code === 91 || code === 123) {
      depth += 1;
      if (depth === 2 && start < 0) start = i;
    } else if (code === 93 || code === 125) {
      if (depth === 1 && start >= 0) parts.push(text.slice(start, i).trim());
      depth -= 1;
    } else if (code === 44 && depth === 1) {
      parts.push(text.slice(start, i).trim());
      start = -1;
    } else if (depth === 1 && start < 0 && code > 32) {
      start = i;
    }
  }
  return parts;
}
