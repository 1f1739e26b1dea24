import { randomUUID } from 'node:crypto';
import type { Tx } from '../../../db/open-db.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import type { CreateEditionInput, CreateTextbookInput, SaveChaptersInput, UpdateTextbookInput } from '../../../../shared/contracts/learning/textbooks.js';
import { checkIsbn } from '../domain/isbn.js';
import { sanitizeRichText } from '../domain/rich-text.js';
import { findResource } from '../resources.repository.js';
import { textbookPermissions } from '../textbooks.policies.js';
import {
  findTextbook,
  insertEdition,
  insertRevision,
  insertTextbook,
  listChapters,
  replaceChapters,
  updateTextbook,
  type ChapterRow,
  type TextbookRow,
} from '../textbooks.repository.js';
import { indexTextbook } from './index-textbook.js';
import { requireUser, type LearningDeps } from './learning-deps.js';
import { resolvePrograms } from './manage-resources.js';
import { assertTextbookEditable, teacherCollegeOf } from './textbook-access.js';

function normalizeIsbn(isbn: string | undefined): string | null {
  if (isbn === undefined || isbn.length === 0) return null;
  const checked = checkIsbn(isbn);
  if (!checked.ok) throw new AppError('TEXTBOOK_ISBN_INVALID', { isbn, reason: checked.reason }, [{ field: 'isbn', code: `isbn_${checked.reason}` }]);
  return checked.isbn13;
}

const audit = (deps: LearningDeps, tx: Tx, actor: Actor, row: Pick<TextbookRow, 'id' | 'ownerScope'>, action: string, details: object) =>
  deps.audit.record(tx, actor, { action: `learning.textbook.${action}`, entityType: 'learning_textbook', entityId: row.id, scope: row.ownerScope, details });

export async function createTextbook(deps: LearningDeps, actor: Actor, input: CreateTextbookInput): Promise<string> {
  const user = requireUser(actor);
  const ownerScope = teacherCollegeOf(actor);
  if (ownerScope === undefined) throw new AppError('SCOPE_DENIED', { action: textbookPermissions.authorTextbooks.name });
  await deps.authz.authorize(actor, textbookPermissions.authorTextbooks, ownerScope);
  const isbn = normalizeIsbn(input.isbn);
  const categoryCodes = await resolvePrograms(deps, input.programCodes);
  const id = randomUUID();
  const now = deps.now();
  const row: TextbookRow = {
    id, status: 'draft', audience: input.audience, ownerScope, title: input.title, isbn, publisher: input.publisher, authors: input.authors,
    level: input.level, language: input.language, programCodes: input.programCodes, categoryCodes, currentEdition: input.edition.number,
    lastSubstantiveRevisionAt: now, createdBy: user.userId, createdByName: user.displayName, publishedAt: null, createdAt: now, updatedAt: now,
  };
  await deps.db.transaction(async (tx) => {
    await insertTextbook(
      tx,
      row,
      { textbookId: id, edition: input.edition.number, publishedOn: input.edition.publishedOn, changeNotes: input.edition.changeNotes, createdAt: now },
      { textbookId: id, id: randomUUID(), edition: input.edition.number, summary: input.edition.changeNotes || 'created', isSubstantive: true, revisedBy: user.userId, revisedByName: user.displayName, revisedAt: now },
    );
    await audit(deps, tx, actor, row, 'created', { isbn, edition: input.edition.number });
  });
  return id;
}

/** Metadata changes are recorded as a non-substantive revision; a published textbook is re-indexed. */
export async function updateTextbookMetadata(deps: LearningDeps, actor: Actor, id: string, input: UpdateTextbookInput): Promise<void> {
  const user = requireUser(actor);
  const existing = await assertTextbookEditable(deps, actor, await findTextbook(deps.db, id), id);
  const isbn = input.isbn !== undefined ? normalizeIsbn(input.isbn) : existing.isbn;
  const categoryCodes = input.programCodes !== undefined ? await resolvePrograms(deps, input.programCodes) : existing.categoryCodes;
  const now = deps.now();
  const changed = Object.keys(input).sort();
  await deps.db.transaction(async (tx) => {
    const patch: Partial<TextbookRow> = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.publisher !== undefined ? { publisher: input.publisher } : {}),
      ...(input.authors !== undefined ? { authors: input.authors } : {}),
      ...(input.level !== undefined ? { level: input.level } : {}),
      ...(input.language !== undefined ? { language: input.language } : {}),
      ...(input.audience !== undefined ? { audience: input.audience } : {}),
      ...(input.programCodes !== undefined ? { programCodes: input.programCodes, categoryCodes } : {}),
      isbn,
      updatedAt: now,
    };
    await updateTextbook(tx, id, patch);
    await insertRevision(tx, { textbookId: id, id: randomUUID(), edition: existing.currentEdition, summary: `metadata: ${changed.join(', ')}`, isSubstantive: false, revisedBy: user.userId, revisedByName: user.displayName, revisedAt: now });
    await reindexIfPublished(deps, tx, id);
    await audit(deps, tx, actor, existing, 'updated', { fields: changed });
  });
}

async function reindexIfPublished(deps: LearningDeps, tx: Tx, id: string): Promise<void> {
  const row = await findTextbook(tx, id);
  if (row?.status === 'published') await indexTextbook(deps, tx, row, await listChapters(tx, id));
}

/** A chapter's linked resource: a published `textbook_chapter` resource. */
async function checkLinkedResource(deps: LearningDeps, resourceId: string | undefined, field: string): Promise<void> {
  if (resourceId === undefined) return;
  const resource = await findResource(deps.db, resourceId);
  const invalid = (reason: string) => new AppError('TEXTBOOK_CHAPTER_RESOURCE_INVALID', { id: resourceId, reason }, [{ field, code: 'invalid_chapter_resource' }]);
  if (!resource) throw invalid('not found');
  if (resource.type !== 'textbook_chapter') throw invalid(`it is a ${resource.type} resource, not a textbook chapter`);
  if (resource.status !== 'published') throw invalid('it is not published');
}

/** Flattens chapters and sections into reading order, keeping given ids and sanitizing content. */
async function chapterRows(deps: LearningDeps, textbookId: string, input: SaveChaptersInput): Promise<ChapterRow[]> {
  const rows: ChapterRow[] = [];
  const seen = new Set<string>();
  const idFor = (given: string | undefined, field: string) => {
    const id = given ?? randomUUID();
    if (seen.has(id)) throw new AppError('VALIDATION_FAILED', { summary: field }, [{ field, code: 'duplicate_id' }]);
    seen.add(id);
    return id;
  };
  for (const [index, chapter] of input.chapters.entries()) {
    const field = `chapters.${index}`;
    await resolvePrograms(deps, chapter.programCodes);
    await checkLinkedResource(deps, chapter.resourceId, `${field}.resourceId`);
    const chapterId = idFor(chapter.id, `${field}.id`);
    rows.push({ textbookId, id: chapterId, parentId: null, position: rows.length, title: chapter.title, programCodes: chapter.programCodes, knowledgePoints: chapter.knowledgePoints, content: sanitizeRichText(chapter.content), resourceId: chapter.resourceId ?? null });
    for (const [sectionIndex, section] of chapter.sections.entries()) {
      const sectionField = `${field}.sections.${sectionIndex}`;
      await resolvePrograms(deps, section.programCodes);
      await checkLinkedResource(deps, section.resourceId, `${sectionField}.resourceId`);
      rows.push({ textbookId, id: idFor(section.id, `${sectionField}.id`), parentId: chapterId, position: rows.length, title: section.title, programCodes: section.programCodes, knowledgePoints: section.knowledgePoints, content: sanitizeRichText(section.content), resourceId: section.resourceId ?? null });
    }
  }
  return rows;
}

/** Replaces the table of contents with a revision note; a substantive revision resets the revision age. */
export async function saveChapters(deps: LearningDeps, actor: Actor, id: string, input: SaveChaptersInput): Promise<void> {
  const user = requireUser(actor);
  const existing = await assertTextbookEditable(deps, actor, await findTextbook(deps.db, id), id);
  const rows = await chapterRows(deps, id, input);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    await replaceChapters(tx, id, rows);
    await insertRevision(tx, { textbookId: id, id: randomUUID(), edition: existing.currentEdition, summary: input.revision.summary, isSubstantive: input.revision.isSubstantive, revisedBy: user.userId, revisedByName: user.displayName, revisedAt: now });
    await updateTextbook(tx, id, { updatedAt: now, ...(input.revision.isSubstantive ? { lastSubstantiveRevisionAt: now } : {}) });
    await reindexIfPublished(deps, tx, id);
    await audit(deps, tx, actor, existing, 'chapters_saved', { chapters: rows.length, isSubstantive: input.revision.isSubstantive });
  });
}

/** A new edition is always a substantive revision. */
export async function addEdition(deps: LearningDeps, actor: Actor, id: string, input: CreateEditionInput): Promise<void> {
  const user = requireUser(actor);
  await assertTextbookEditable(deps, actor, await findTextbook(deps.db, id), id);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const row = await findTextbook(tx, id, { forUpdate: true });
    if (!row) throw new AppError('TEXTBOOK_NOT_FOUND', { id });
    if (input.number <= row.currentEdition) throw new AppError('TEXTBOOK_EDITION_NOT_NEWER', { number: input.number, current: row.currentEdition }, [{ field: 'number', code: 'edition_not_newer' }]);
    await insertEdition(tx, { textbookId: id, edition: input.number, publishedOn: input.publishedOn, changeNotes: input.changeNotes, createdAt: now });
    await insertRevision(tx, { textbookId: id, id: randomUUID(), edition: input.number, summary: input.changeNotes, isSubstantive: true, revisedBy: user.userId, revisedByName: user.displayName, revisedAt: now });
    await updateTextbook(tx, id, { currentEdition: input.number, lastSubstantiveRevisionAt: now, updatedAt: now });
    await reindexIfPublished(deps, tx, id);
    await audit(deps, tx, actor, row, 'edition_added', { edition: input.number });
  });
}

/** Publishing puts the textbook in readers' lists and in search (visibility by audience). */
export async function publishTextbook(deps: LearningDeps, actor: Actor, id: string): Promise<void> {
  await assertTextbookEditable(deps, actor, await findTextbook(deps.db, id), id);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const row = await findTextbook(tx, id, { forUpdate: true });
    if (!row) throw new AppError('TEXTBOOK_NOT_FOUND', { id });
    if (row.status === 'published') throw new AppError('TEXTBOOK_ALREADY_PUBLISHED');
    const chapters = await listChapters(tx, id);
    if (chapters.length === 0) throw new AppError('TEXTBOOK_NO_CHAPTERS');
    const published: TextbookRow = { ...row, status: 'published', publishedAt: now, updatedAt: now };
    await updateTextbook(tx, id, { status: 'published', publishedAt: now, updatedAt: now });
    await indexTextbook(deps, tx, published, chapters);
    await audit(deps, tx, actor, row, 'published', { audience: row.audience });
  });
}
