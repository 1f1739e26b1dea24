import type { SnippetPart } from '../../../../shared/contracts/learning/search.js';

/**
 * Highlighted snippets as plain-text parts (the browser renders them, never as HTML). Matching
 * is case-insensitive on the original text, so a term found in the segmented index is marked
 * where it appears in what the reader sees.
 */
export function highlightParts(text: string, terms: readonly string[]): SnippetPart[] {
  const needles = [...new Set(terms.map((term) => term.toLowerCase()).filter((term) => term.length > 0))].sort((a, b) => b.length - a.length);
  if (needles.length === 0 || text.length === 0) return text.length > 0 ? [{ text, isMatch: false }] : [];
  const lower = text.toLowerCase();
  const parts: SnippetPart[] = [];
  let plainStart = 0;
  let index = 0;
  while (index < text.length) {
    const needle = needles.find((candidate) => lower.startsWith(candidate, index));
    if (needle === undefined) {
      index += 1;
      continue;
    }
    if (index > plainStart) parts.push({ text: text.slice(plainStart, index), isMatch: false });
    parts.push({ text: text.slice(index, index + needle.length), isMatch: true });
    index += needle.length;
    plainStart = index;
  }
  if (plainStart < text.length) parts.push({ text: text.slice(plainStart), isMatch: false });
  return parts;
}

/** A window of about `width` characters around the first match, with ellipses where cut. */
export function snippetParts(text: string, terms: readonly string[], width = 120): SnippetPart[] {
  const compact = text.replace(/\s+/g, ' ').trim();
  if (compact.length <= width) return highlightParts(compact, terms);
  const lower = compact.toLowerCase();
  const positions = terms.map((term) => lower.indexOf(term.toLowerCase())).filter((position) => position >= 0);
  const first = positions.length > 0 ? Math.min(...positions) : 0;
  const start = Math.max(0, Math.min(first - Math.floor(width / 4), compact.length - width));
  const window = `${start > 0 ? '…' : ''}${compact.slice(start, start + width)}${start + width < compact.length ? '…' : ''}`;
  return highlightParts(window, terms);
}
