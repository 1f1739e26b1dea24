import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/**
 * Text segmentation before full-text indexing (ARCHITECTURE.md: PostgreSQL's 'simple' parser
 * would make a whole Chinese sentence one token). Han runs go through jieba — search mode when
 * indexing, so 数控技术 is stored as 数控, 技术 and 数控技术 and a query for 数控 finds it;
 * accurate mode for queries. Every other script goes through Intl.Segmenter word boundaries.
 */
const jieba = Jieba.withDict(dict);
const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' });
const HAN_RUN = /[\p{Script=Han}]+/gu;
const MAX_TERM_LENGTH = 60;

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function otherScriptWords(text: string): string[] {
  const words: string[] = [];
  for (const segment of wordSegmenter.segment(text)) {
    if (segment.isWordLike === true && segment.segment.length <= MAX_TERM_LENGTH) words.push(segment.segment);
  }
  return words;
}

function segment(text: string, hanWords: (run: string) => string[]): string[] {
  const normalized = normalize(text);
  const words: string[] = [];
  let last = 0;
  for (const match of normalized.matchAll(HAN_RUN)) {
    words.push(...otherScriptWords(normalized.slice(last, match.index)));
    words.push(...hanWords(match[0]).filter((word) => word.trim().length > 0));
    last = match.index + match[0].length;
  }
  words.push(...otherScriptWords(normalized.slice(last)));
  return words;
}

/** Every token a document should be found by (Han words in jieba search mode). */
export function segmentForIndex(text: string): string[] {
  return segment(text, (run) => jieba.cutForSearch(run, true));
}

/** The distinct terms of a query, in order (at most `max`). */
export function segmentQuery(text: string, max = 8): string[] {
  const terms = segment(text, (run) => jieba.cut(run, true));
  return [...new Set(terms)].slice(0, max);
}
