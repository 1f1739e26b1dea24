import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/**
 * Text segmentation before full-text indexing (ARCHITECTURE.md: PostgreSQL's 'simple' parser
 * would make a whole Chinese sentence one token). Indexing and queries share one jieba instance
 * and dictionary and one splitting routine: Han runs go through jieba — search mode when
 * indexing, so 数控技术 is stored as 数控, 技术 and 数控技术 and a query for 数控 finds it;
 * accurate mode for queries, whose words are among the search-mode words of the same text.
 * Letters and digits of scripts written with spaces are words split at non-word characters;
 * scripts written without spaces (Thai, Lao, Khmer, Myanmar, kana) go through Intl.Segmenter.
 */
const jieba = Jieba.withDict(dict);

/**
 * Vocational-education words jieba's general dictionary lacks. Without them a run such as
 * 虚拟仿真实训 is cut 虚拟|仿|真实|训, while a query for 虚拟仿真 or 实训 is cut 虚拟|仿真 and
 * 实训 — words that document never received. Frequencies are jieba's (dict.txt scale).
 */
export const DOMAIN_WORDS: readonly (readonly [word: string, frequency: number])[] = [
  ['实训', 3000],
  ['虚拟仿真', 500],
  ['实训基地', 300],
  ['产教融合', 300],
  ['校企合作', 300],
  ['双师型', 200],
  ['课程思政', 200],
  ['思政', 300],
  ['活页式', 100],
  ['微课', 500],
  ['慕课', 300],
];
jieba.loadDict(Buffer.from(DOMAIN_WORDS.map(([word, frequency]) => `${word} ${frequency} n`).join('\n') + '\n'));

/** Splits text into other-script and Han parts, alternating (the Han runs at odd indices). */
const HAN_RUNS = /(\p{Script=Han}+)/u;
/** A word of a script written with spaces: letters, marks and digits, with an apostrophe between letters (don't) and a decimal point or comma between digits (3.5), as Unicode word boundaries join them. */
const SPACED_WORD = /(?:[\p{L}\p{M}\p{N}]|(?<=\p{L})['’](?=\p{L})|(?<=\p{N})[.,](?=\p{N}))+/gu;
const UNSPACED_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' });
const MAX_TERM_LENGTH = 60;

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function pushOtherScriptWords(text: string, words: string[]): void {
  if (text.length === 0) return;
  if (UNSPACED_SCRIPT.test(text)) {
    for (const segment of wordSegmenter.segment(text)) {
      if (segment.isWordLike === true && segment.segment.length <= MAX_TERM_LENGTH) words.push(segment.segment);
    }
    return;
  }
  for (const word of text.match(SPACED_WORD) ?? []) {
    if (word.length <= MAX_TERM_LENGTH) words.push(word);
  }
}

type HanMode = 'search' | 'accurate';

/**
 * jieba's words per Han run and mode. Runs are phrase-sized (text between punctuation, spaces
 * and Latin words), and a catalogue repeats them — program, course and knowledge-point names,
 * resource formats — so bulk indexing cuts each distinct run once. Cleared when full.
 */
const HAN_CACHE_LIMIT = 50_000;
const hanCache: Record<HanMode, Map<string, readonly string[]>> = { search: new Map(), accurate: new Map() };
const hanCacheCounts = { hits: 0, misses: 0 };

function hanWords(run: string, mode: HanMode): readonly string[] {
  const cache = hanCache[mode];
  const cached = cache.get(run);
  if (cached !== undefined) {
    hanCacheCounts.hits += 1;
    return cached;
  }
  hanCacheCounts.misses += 1;
  const words = mode === 'search' ? jieba.cutForSearch(run, true) : jieba.cut(run, true);
  if (cache.size >= HAN_CACHE_LIMIT) cache.clear();
  cache.set(run, words);
  return words;
}

/** How often a Han run's words came from the cache since the process started (benchmarks report it). */
export function hanCacheStats(): { hits: number; misses: number } {
  return { ...hanCacheCounts };
}

function segment(text: string, mode: HanMode): string[] {
  const parts = normalize(text).split(HAN_RUNS);
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 0) pushOtherScriptWords(part, words);
    // a Han run has no spaces or punctuation, so every piece jieba returns is a word
    else for (const word of hanWords(part, mode)) words.push(word);
  }
  return words;
}

/** Every token a document should be found by (Han words in jieba search mode). */
export function segmentForIndex(text: string): string[] {
  return segment(text, 'search');
}

/** The distinct terms of a query, in order (at most `max`). */
export function segmentQuery(text: string, max = 8): string[] {
  return [...new Set(segment(text, 'accurate'))].slice(0, max);
}
