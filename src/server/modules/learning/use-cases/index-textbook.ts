import type { Tx } from '../../../db/open-db.js';
import { resourceLevelSchema } from '../../../../shared/contracts/learning/resources.js';
import { providerKindsOf, visibilityTokens } from '../domain/search-document.js';
import { richTextToPlain } from '../domain/rich-text.js';
import { segmentForIndex } from '../domain/segment.js';
import { facetToken } from '../domain/tsquery.js';
import { upsertSearchDocument } from '../search.repository.js';
import type { ChapterRow, TextbookRow } from '../textbooks.repository.js';
import type { LearningDeps } from './learning-deps.js';

const unique = (tokens: string[]) => [...new Set(tokens)];

/**
 * Puts a published textbook into the shared search index (inside the publishing transaction):
 * title A; chapter titles, knowledge points and program codes B; authors, publisher and
 * chapter text C; facet and visibility tokens D (a college-only textbook is found only by
 * readers of its college and province).
 */
export async function indexTextbook(deps: LearningDeps, tx: Tx, row: TextbookRow, chapters: readonly ChapterRow[]): Promise<void> {
  const provinces: string[] = [];
  if (row.ownerScope.startsWith('college:')) {
    const province = await deps.authz.directory.provinceOfCollege(row.ownerScope.slice('college:'.length), tx);
    if (province !== undefined) provinces.push(province);
  }
  const visibility = visibilityTokens({ audience: row.audience === 'public' ? 'public' : 'college', providerScopes: [row.ownerScope], providerProvinces: provinces });
  const chapterText = chapters.map((chapter) => richTextToPlain(chapter.content)).join(' ');
  const knowledgePoints = unique(chapters.flatMap((chapter) => chapter.knowledgePoints));
  const a = unique(segmentForIndex(Object.values(row.title).join(' ')));
  const b = unique([
    ...segmentForIndex(chapters.map((chapter) => Object.values(chapter.title).join(' ')).join(' ')),
    ...segmentForIndex(knowledgePoints.join(' ')),
    ...row.programCodes.map((code) => code.toLowerCase()),
  ]).filter((token) => !a.includes(token));
  const c = unique(segmentForIndex([row.authors.join(' '), row.publisher, chapterText.slice(0, 20_000)].join(' '))).filter((token) => !a.includes(token) && !b.includes(token));
  const d = unique([facetToken('type', 'textbook'), facetToken('level', row.level), facetToken('lang', row.language), ...row.categoryCodes.map((code) => facetToken('cat', code)), ...visibility]);
  await upsertSearchDocument(tx, {
    kind: 'textbook',
    entityId: row.id,
    tokens: { a, b, c, d },
    titleText: Object.values(row.title).join(' / '),
    title: row.title,
    body: [row.authors.join('、'), row.publisher, knowledgePoints.join('、'), chapterText.slice(0, 2000)].filter((text) => text.length > 0).join('\n'),
    type: 'textbook',
    level: resourceLevelSchema.parse(row.level),
    language: row.language,
    categoryCodes: row.categoryCodes,
    programCodes: row.programCodes,
    providerKinds: providerKindsOf([row.ownerScope]),
    visibilityTokens: visibility,
    rating: null,
    publishedAt: row.publishedAt ?? deps.now(),
  });
}
