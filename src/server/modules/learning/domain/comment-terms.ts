/**
 * Blocked-term matching for comments, in Chinese and English. A match does not reject the
 * comment: it is held for a moderator, so a false positive costs a delay, a miss costs
 * exposure. The matching therefore leans towards catching the common evasions:
 *
 * - Text and terms are NFKC-folded (full-width ＱＱ → qq) and lower-cased, and invisible
 *   characters (zero-width spaces and joiners, soft hyphens) are dropped.
 * - A term containing Chinese characters matches anywhere once spaces, punctuation and symbols
 *   are removed from both sides: 加 微 信, 加-微-信 and 加.微.信 all contain 加微信. Chinese is
 *   written without spaces, so there is no word boundary to respect.
 * - Any other term matches whole words only (so `ass` does not match `class`), where a word is a
 *   run of letters or digits and every Chinese character is a word of its own (加我qq → 加 我 qq).
 *   Runs of single letters are also read joined, so `v i a g r a` and `v.i.a.g.r.a` match `viagra`.
 */

const invisible = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/gu;
const han = /\p{Script=Han}/u;
const separators = /[\s\p{P}\p{S}]+/gu;
const words = /\p{Script=Han}|[^\s\p{P}\p{S}\p{Script=Han}]+/gu;

/** NFKC, lower case, invisible characters removed. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(invisible, '');
}

/** A settings list made canonical: folded, trimmed, inner whitespace collapsed, duplicates dropped, sorted. */
export function canonicalTerms(terms: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const term of terms) {
    const folded = foldText(term).trim().replace(/\s+/gu, ' ');
    if (folded.length > 0) seen.add(folded);
  }
  return [...seen].sort();
}

function wordsOf(folded: string): string[] {
  return folded.match(words) ?? [];
}

/** Single-letter runs joined: [v, i, a, g, r, a, now] → [viagra, now]. Chinese characters are left alone. */
function joinSingleLetters(tokens: readonly string[]): string[] {
  const joined: string[] = [];
  let run = '';
  for (const token of tokens) {
    if (token.length === 1 && !han.test(token)) {
      run += token;
      continue;
    }
    if (run) joined.push(run);
    run = '';
    joined.push(token);
  }
  if (run) joined.push(run);
  return joined;
}

export type TermMatcher = (text: string) => string[];

/** Prepares the list once; the returned function names every term found in a text (in list order). */
export function createTermMatcher(terms: readonly string[]): TermMatcher {
  const prepared = canonicalTerms(terms).map((term) =>
    han.test(term) ? { term, kind: 'compact' as const, needle: term.replace(separators, '') } : { term, kind: 'words' as const, needle: ` ${wordsOf(term).join(' ')} ` },
  );
  return (text) => {
    const folded = foldText(text);
    const compact = folded.replace(separators, '');
    const tokens = wordsOf(folded);
    const spaced = ` ${tokens.join(' ')} `;
    const joined = ` ${joinSingleLetters(tokens).join(' ')} `;
    const found: string[] = [];
    for (const { term, kind, needle } of prepared) {
      if (needle.trim().length === 0) continue;
      const isMatch = kind === 'compact' ? compact.includes(needle) : spaced.includes(needle) || joined.includes(needle);
      if (isMatch) found.push(term);
    }
    return found;
  };
}
