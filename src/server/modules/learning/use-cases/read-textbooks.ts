import type { Actor } from '../../../platform/authz/actor.js';
import { systemActor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { decodeCursor, toPage } from '../../../platform/paging.js';
import type { ChapterView, EditableChapters, TextbookDetail, TextbookSummary, TocEntry } from '../../../../shared/contracts/learning/textbooks.js';
import { type listTextbooksQuerySchema, textbookStatusSchema } from '../../../../shared/contracts/learning/textbooks.js';
import { audienceSchema, resourceLevelSchema } from '../../../../shared/contracts/learning/resources.js';
import type { z } from 'zod';
import { buildTextbookStatement } from '../domain/statements.js';
import { textbookPermissions } from '../textbooks.policies.js';
import {
  findReadingPosition,
  findTextbook,
  listChapters,
  listEditions,
  listPublishedTextbooks,
  listRevisions,
  listTextbooksOf,
  saveReadingPosition,
  type ChapterRow,
  type TextbookRow,
} from '../textbooks.repository.js';
import type { LearnerEventDeps } from './learner-events.js';
import { requireUser, type LearningDeps } from './learning-deps.js';
import { assertTextbookEditable, assertTextbookReadable, canEditTextbook, canReadTextbook, teacherCollegeOf } from './textbook-access.js';

export function presentTextbook(row: TextbookRow, canEdit: boolean): TextbookSummary {
  return {
    id: row.id,
    status: textbookStatusSchema.parse(row.status),
    audience: audienceSchema.parse(row.audience),
    title: row.title,
    isbn: row.isbn,
    publisher: row.publisher,
    authors: row.authors,
    level: resourceLevelSchema.parse(row.level),
    language: row.language,
    programCodes: row.programCodes,
    categoryCodes: row.categoryCodes,
    currentEdition: row.currentEdition,
    lastSubstantiveRevisionAt: row.lastSubstantiveRevisionAt.toISOString(),
    createdByName: row.createdByName,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    can: { edit: canEdit },
  };
}

/** Chapters numbered 1, 2 … and their sections 2.1, 2.2 …, in reading order. */
export function tableOfContents(chapters: readonly ChapterRow[]): TocEntry[] {
  let chapterNumber = 0;
  let sectionNumber = 0;
  return chapters.map((chapter) => {
    if (chapter.parentId === null) {
      chapterNumber += 1;
      sectionNumber = 0;
    } else sectionNumber += 1;
    return {
      id: chapter.id,
      parentId: chapter.parentId,
      number: chapter.parentId === null ? String(chapterNumber) : `${chapterNumber}.${sectionNumber}`,
      title: chapter.title,
      programCodes: chapter.programCodes,
      knowledgePoints: chapter.knowledgePoints,
      resourceId: chapter.resourceId,
    };
  });
}

type ListQuery = z.infer<typeof listTextbooksQuerySchema>;
const cursorKey = (row: TextbookRow) => JSON.stringify([row.updatedAt.toISOString(), row.id]);

function parseCursor(cursor: string | undefined): { updatedAt: Date; id: string } | undefined {
  const key = decodeCursor<string>(cursor, 'string');
  if (key === undefined) return undefined;
  const parsed: unknown = JSON.parse(key);
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') throw new AppError('VALIDATION_FAILED', { summary: 'cursor' }, [{ field: 'cursor', code: 'invalid_cursor' }]);
  return { updatedAt: new Date(parsed[0]), id: parsed[1] };
}

export async function listTextbooks(deps: LearningDeps, actor: Actor, query: ListQuery): Promise<{ items: TextbookSummary[]; nextCursor: string | null }> {
  const cursor = parseCursor(query.cursor);
  if (query.view === 'mine') {
    const user = requireUser(actor);
    deps.authz.scopeFilter(actor, textbookPermissions.authorTextbooks);
    const rows = await listTextbooksOf(deps.db, user.userId, teacherCollegeOf(actor), cursor, query.limit);
    const page = toPage(rows, query.limit, cursorKey);
    return { items: page.items.map((row) => presentTextbook(row, true)), nextCursor: page.nextCursor };
  }
  const filter = deps.authz.scopeFilter(actor, textbookPermissions.readTextbooks);
  // college-only textbooks of the reader's colleges come from the index; province readers' are checked row by row
  const ownerScopes = filter.kind === 'all' ? undefined : filter.provinces.length > 0 ? undefined : filter.colleges.map((id) => `college:${id}`);
  const rows = await listPublishedTextbooks(deps.db, ownerScopes, cursor, query.limit);
  const page = toPage(rows, query.limit, cursorKey);
  const items: TextbookSummary[] = [];
  for (const row of page.items) if (await canReadTextbook(deps, actor, row)) items.push(presentTextbook(row, await canEditTextbook(deps, actor, row)));
  return { items, nextCursor: page.nextCursor };
}

export async function getTextbookDetail(deps: LearningDeps, actor: Actor, id: string): Promise<TextbookDetail> {
  const { row, canEdit } = await assertTextbookReadable(deps, actor, await findTextbook(deps.db, id), id);
  const [chapters, editions, revisions] = await Promise.all([listChapters(deps.db, id), listEditions(deps.db, id), listRevisions(deps.db, id)]);
  const lastChapterId = actor.kind === 'user' ? ((await findReadingPosition(deps.db, actor.userId, id)) ?? null) : null;
  return {
    ...presentTextbook(row, canEdit),
    toc: tableOfContents(chapters),
    editions: editions.map((edition) => ({ number: edition.edition, publishedOn: edition.publishedOn, changeNotes: edition.changeNotes, createdAt: edition.createdAt.toISOString() })),
    revisions: revisions.map((revision) => ({ id: revision.id, edition: revision.edition, summary: revision.summary, isSubstantive: revision.isSubstantive, revisedByName: revision.revisedByName, revisedAt: revision.revisedAt.toISOString() })),
    lastChapterId: lastChapterId !== null && chapters.some((chapter) => chapter.id === lastChapterId) ? lastChapterId : null,
  };
}

const platform = systemActor('learning');

/** Reading statements (`viewed` the chapter, `progressed` through the book); a failure is logged, never shown to the reader. */
export async function recordTextbookReading(deps: LearnerEventDeps, actor: Actor, textbook: TextbookRow, chapter: ChapterRow, progress: number): Promise<void> {
  if (actor.kind !== 'user') return;
  const scope = actor.assignments.find((a) => a.scope !== 'self')?.scope ?? 'national';
  const common = {
    learner: { userId: actor.userId, displayName: actor.displayName },
    textbook: { id: textbook.id, title: textbook.title, edition: textbook.currentEdition, language: textbook.language },
    chapter: { id: chapter.id, title: chapter.title, programCodes: chapter.programCodes, knowledgePoints: chapter.knowledgePoints },
    timestamp: deps.now(),
  };
  try {
    await deps.lrs.storeStatements(platform, [buildTextbookStatement({ ...common, verb: 'viewed' }), buildTextbookStatement({ ...common, verb: 'progressed', progress })], { scope });
  } catch (error) {
    deps.log.error({ err: error, textbookId: textbook.id, chapterId: chapter.id }, 'learning record not stored');
  }
}

/** One chapter with previous/next; remembers it as the reader's position and records the reading. */
export async function readChapter(deps: LearningDeps, actor: Actor, id: string, chapterId: string): Promise<ChapterView> {
  const { row } = await assertTextbookReadable(deps, actor, await findTextbook(deps.db, id), id);
  const chapters = await listChapters(deps.db, id);
  const index = chapters.findIndex((chapter) => chapter.id === chapterId);
  const chapter = chapters[index];
  if (!chapter) throw new AppError('TEXTBOOK_CHAPTER_NOT_FOUND', { chapterId });
  const toc = tableOfContents(chapters);
  const entry = toc[index];
  if (!entry) throw new AppError('TEXTBOOK_CHAPTER_NOT_FOUND', { chapterId });
  if (actor.kind === 'user') {
    await saveReadingPosition(deps.db, actor.userId, id, chapterId, deps.now());
    // an editor previewing a draft is not learning from it
    if (row.status === 'published') await recordTextbookReading(deps, actor, row, chapter, ((index + 1) / chapters.length) * 100);
  }
  return {
    textbookId: id,
    chapter: { ...entry, content: chapter.content },
    previousId: chapters[index - 1]?.id ?? null,
    nextId: chapters[index + 1]?.id ?? null,
    position: index + 1,
    count: chapters.length,
  };
}

/** The whole table of contents with content, for an editor: no reading position is saved and no statement recorded. */
export async function listEditableChapters(deps: LearningDeps, actor: Actor, id: string): Promise<EditableChapters> {
  await assertTextbookEditable(deps, actor, await findTextbook(deps.db, id), id);
  const chapters = await listChapters(deps.db, id);
  const toc = tableOfContents(chapters);
  return { items: toc.map((entry, index) => ({ ...entry, content: chapters[index]?.content ?? '' })) };
}
