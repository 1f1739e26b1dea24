import type { Tx } from '../../../db/open-db.js';
import { resourceLevelSchema } from '../../../../shared/contracts/learning/resources.js';
import { segmentForIndex } from '../domain/segment.js';
import { facetToken } from '../domain/tsquery.js';
import type { CourseRow } from '../courses.repository.js';
import { deleteSearchDocument, upsertSearchDocument } from '../search.repository.js';

/**
 * Who may find a published course: everyone (`vis:public`) when open; only its class
 * (`vis:class:<id>`) when published to a class. A draft is never indexed.
 */
export function courseVisibilityTokens(row: Pick<CourseRow, 'target' | 'classId'>): string[] {
  return row.target === 'open' ? [facetToken('vis', 'public')] : [facetToken('vis', `class:${row.classId ?? 'none'}`)];
}

const unique = (tokens: string[]) => [...new Set(tokens)];

/** Puts a published course into the shared search index (inside the publishing transaction); removes a draft. */
export async function indexCourse(tx: Tx, row: CourseRow): Promise<void> {
  if (row.status !== 'published' || row.publishedAt === null) {
    await deleteSearchDocument(tx, 'course', row.id);
    return;
  }
  const level = resourceLevelSchema.parse(row.level);
  const a = unique(segmentForIndex(Object.values(row.title).join(' ')));
  const b = unique([...segmentForIndex(row.knowledgePoints.join(' ')), ...row.programCodes.map((code) => code.toLowerCase())]).filter((token) => !a.includes(token));
  const c = unique(segmentForIndex(Object.values(row.description).join(' '))).filter((token) => !a.includes(token) && !b.includes(token));
  const visibility = courseVisibilityTokens(row);
  const d = unique([facetToken('type', 'course'), facetToken('level', level), facetToken('lang', row.language), ...row.categoryCodes.map((code) => facetToken('cat', code)), facetToken('provider', 'college'), ...visibility]);
  await upsertSearchDocument(tx, {
    kind: 'course',
    entityId: row.id,
    tokens: { a, b, c, d },
    titleText: Object.values(row.title).join(' / '),
    title: row.title,
    body: [Object.values(row.description).join('\n'), row.knowledgePoints.join('、')].filter((text) => text.length > 0).join('\n'),
    type: 'course',
    level,
    language: row.language,
    categoryCodes: row.categoryCodes,
    programCodes: row.programCodes,
    providerKinds: ['college'],
    visibilityTokens: visibility,
    rating: null,
    publishedAt: row.publishedAt,
  });
}
