import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, type Session, type TestLuban } from '../../../testing/test-luban.js';
import type { ChapterView, EditableChapters, RevisionAgeReport, RevisionTargets, TextbookDetail } from '../../../../shared/contracts/learning/textbooks.js';
import { chapterActivityId, extensionIri, learnerVerbs, textbookActivityId } from '../domain/statements.js';
import { changeStructure, createCourse, createExerciseSet } from './courses-test-client.js';
import { createTextbook, publishedTextbook, sampleChapters } from './textbooks-test-client.js';

describeEachEngine('learning textbooks: editions, chapters, reader, revision age', (engine) => {
  let t: TestLuban;
  let teacher: Session;
  let student: Session;
  let national: Session;
  let book: TextbookDetail;
  const now = { value: new Date('2026-12-01T08:00:00Z') };
  beforeAll(async () => {
    t = await createTestLuban(engine, { now: () => now.value });
    teacher = await t.login('demo.teacher');
    student = await t.login('demo.student');
    national = await t.login('demo.national');
    book = await publishedTextbook(t, teacher);
  });
  afterAll(async () => t.close());

  it('refuses a bad ISBN naming the field, in the caller’s language', async () => {
    const body = { ...(await import('./textbooks-test-client.js')).sampleTextbook, isbn: '978-0-306-40615-8' };
    const en = await t.request({ method: 'POST', url: '/api/v1/learning/textbooks', session: teacher, body, headers: { 'accept-language': 'en' } });
    expect(en.statusCode).toBe(422);
    expect(en.json()).toMatchObject({ code: 'TEXTBOOK_ISBN_INVALID', errors: [{ field: 'isbn', code: 'isbn_checksum' }] });
    const zh = await t.request({ method: 'POST', url: '/api/v1/learning/textbooks', session: teacher, body, headers: { 'accept-language': 'zh-CN' } });
    expect(zh.json<{ detail: string }>().detail).toContain('ISBN 978-0-306-40615-8 无效');
    const unknownProgram = await t.request({ method: 'POST', url: '/api/v1/learning/textbooks', session: teacher, body: { ...body, isbn: undefined, programCodes: ['NOPE-1'] } });
    expect(unknownProgram.json()).toMatchObject({ code: 'PROGRAM_CODES_UNKNOWN', errors: [{ field: 'programCodes' }] });
  });

  it('stores the ISBN-13, the table of contents numbered, and content without script', async () => {
    expect(book).toMatchObject({ status: 'published', isbn: '9780306406157', categoryCodes: ['SAMPLE-H0701'], currentEdition: 1 });
    expect(book.toc.map((entry) => entry.number)).toEqual(['1', '2', '2.1']);
    const chapter = await t.request({ method: 'GET', url: `/api/v1/learning/textbooks/${book.id}/chapters/${book.toc[1]?.id}`, session: teacher });
    const view = chapter.json<ChapterView>();
    expect(view.chapter.content).toBe('<h2>G 代码</h2><p>G01 直线插补</p>');
    expect(view).toMatchObject({ position: 2, count: 3, previousId: book.toc[0]?.id, nextId: book.toc[2]?.id });
  });

  it('remembers the last chapter a student read and records viewed and progressed with the textbook as parent', async () => {
    const chapterId = book.toc[1]?.id ?? '';
    const read = await t.request({ method: 'GET', url: `/api/v1/learning/textbooks/${book.id}/chapters/${chapterId}`, session: student });
    expect(read.statusCode, read.body).toBe(200);
    const again = await t.request({ method: 'GET', url: `/api/v1/learning/textbooks/${book.id}`, session: student });
    expect(again.json<TextbookDetail>().lastChapterId).toBe(chapterId);
    await t.deps.events.drain();
    const rows = (await t.deps.db.execute<{ verb_id: string; payload: { context: { contextActivities: { parent: { id: string }[] }; extensions: Record<string, unknown> }; result: { extensions: Record<string, number> } } }>(
      sql`select verb_id, payload from lrs.statements where activity_id = ${chapterActivityId(book.id, chapterId)} and payload->'actor'->>'name' = '演示·学生'`,
    )).rows;
    expect(rows.map((row) => row.verb_id).sort()).toEqual([learnerVerbs.progressed.id, learnerVerbs.viewed.id].sort());
    const progressed = rows.find((row) => row.verb_id === learnerVerbs.progressed.id);
    expect(progressed?.payload.context.contextActivities.parent[0]?.id).toBe(textbookActivityId(book.id));
    expect(progressed?.payload.context.extensions[extensionIri.knowledgePoints]).toEqual(['G 代码', '刀具补偿']);
    expect(progressed?.payload.result.extensions[extensionIri.progress]).toBe(67);
  });

  it('keeps drafts from students and from other colleges’ teachers', async () => {
    const draft = await createTextbook(t, teacher, { isbn: undefined, audience: 'college' });
    const asStudent = await t.request({ method: 'GET', url: `/api/v1/learning/textbooks/${draft.id}`, session: student });
    expect(asStudent.statusCode).toBe(403);
    const list = await t.request({ method: 'GET', url: '/api/v1/learning/textbooks', session: student });
    expect(list.json<{ items: { id: string }[] }>().items.map((item) => item.id)).toContain(book.id);
    expect(list.json<{ items: { id: string }[] }>().items.map((item) => item.id)).not.toContain(draft.id);
    const publish = await t.request({ method: 'POST', url: `/api/v1/learning/textbooks/${draft.id}/publish`, session: teacher });
    expect(publish.json()).toMatchObject({ code: 'TEXTBOOK_NO_CHAPTERS' });
  });

  it('indexes a published textbook for search', async () => {
    const rows = (await t.deps.db.execute<{ kind: string; visibility_tokens: string[] }>(sql`select kind, visibility_tokens from learning.search_documents where entity_id = ${book.id}`)).rows;
    expect(rows).toEqual([{ kind: 'textbook', visibility_tokens: ['~vis:public'] }]);
  });

  it('records revisions: a non-substantive one keeps the revision age, a new edition resets it', async () => {
    // written two years ago (sessions stay valid: the clock only goes back for the creation)
    now.value = new Date('2024-12-01T08:00:00Z');
    const fresh = await publishedTextbook(t, teacher, { isbn: undefined, title: { 'zh-CN': '旧教材' } });
    now.value = new Date('2026-12-01T08:00:00Z');
    const report = async () => (await t.request({ method: 'GET', url: '/api/v1/learning/textbooks/revision-age?kind=textbook', session: teacher })).json<RevisionAgeReport>();
    const before = (await report()).rows.find((row) => row.id === fresh.id);
    expect(before).toMatchObject({ isOverdue: true, targetMonths: 21.6 });
    expect(before?.ageMonths).toBeCloseTo(24, 0);
    const minor = await t.request({ method: 'PUT', url: `/api/v1/learning/textbooks/${fresh.id}/chapters`, session: teacher, body: { ...sampleChapters, revision: { summary: '勘误', isSubstantive: false } } });
    expect(minor.statusCode, minor.body).toBe(200);
    expect((await report()).rows.find((row) => row.id === fresh.id)?.isOverdue).toBe(true);
    now.value = new Date('2026-12-01T09:00:00Z');
    const edition = await t.request({ method: 'POST', url: `/api/v1/learning/textbooks/${fresh.id}/editions`, session: teacher, body: { number: 2, publishedOn: '2026-11-20', changeNotes: '按新技术标准重写第二章' } });
    expect(edition.json<TextbookDetail>().revisions.map((revision) => [revision.summary, revision.isSubstantive]).slice(0, 2)).toEqual([
      ['按新技术标准重写第二章', true],
      ['勘误', false],
    ]);
    expect((await report()).rows.find((row) => row.id === fresh.id)).toMatchObject({ isOverdue: false, ageMonths: 0 });
    const older = await t.request({ method: 'POST', url: `/api/v1/learning/textbooks/${fresh.id}/editions`, session: teacher, body: { number: 2, publishedOn: '2026-11-21', changeNotes: 'x' } });
    expect(older.json()).toMatchObject({ code: 'TEXTBOOK_EDITION_NOT_NEWER', errors: [{ field: 'number' }] });
    now.value = new Date('2026-12-01T08:00:00Z');
  });

  it('gives editors every chapter with its content, without moving their reading position; others are refused', async () => {
    const before = (await t.request({ method: 'GET', url: `/api/v1/learning/textbooks/${book.id}`, session: teacher })).json<TextbookDetail>().lastChapterId;
    const editable = await t.request({ method: 'GET', url: `/api/v1/learning/textbooks/${book.id}/chapters`, session: teacher });
    expect(editable.statusCode, editable.body).toBe(200);
    const items = editable.json<EditableChapters>().items;
    expect(items.map((item) => [item.number, item.parentId === null])).toEqual([['1', true], ['2', true], ['2.1', false]]);
    expect(items[1]?.content).toBe('<h2>G 代码</h2><p>G01 直线插补</p>');
    expect((await t.request({ method: 'GET', url: `/api/v1/learning/textbooks/${book.id}`, session: teacher })).json<TextbookDetail>().lastChapterId).toBe(before);
    expect((await t.request({ method: 'GET', url: `/api/v1/learning/textbooks/${book.id}/chapters`, session: student })).statusCode).toBe(403);
  });

  it('reports published core courses against the 3-month target, and not other courses', async () => {
    const exerciseSetId = await createExerciseSet(t, teacher);
    const publish = async (title: string, isCore: boolean) => {
      const course = await createCourse(t, teacher, { title: { 'zh-CN': title }, isCore });
      const withUnit = await changeStructure(t, teacher, course.id, [{ op: 'addUnit', title: { 'zh-CN': '第一单元' } }]);
      await changeStructure(t, teacher, course.id, [{ op: 'addExerciseSet', unitId: withUnit.units[0]?.id ?? '', exerciseSetId }]);
      const published = await t.request({ method: 'POST', url: `/api/v1/learning/courses/${course.id}/publish`, session: teacher });
      expect(published.statusCode, published.body).toBe(200);
      return course.id;
    };
    now.value = new Date('2026-08-01T08:00:00Z');
    const core = await publish('数控核心课程', true);
    const ordinary = await publish('选修课程', false);
    now.value = new Date('2026-12-01T08:00:00Z');
    const report = (await t.request({ method: 'GET', url: '/api/v1/learning/textbooks/revision-age', session: national })).json<RevisionAgeReport>();
    expect(report.includesCoreCourses).toBe(true);
    const row = report.rows.find((entry) => entry.id === core);
    expect(row).toMatchObject({ kind: 'core_course', title: { 'zh-CN': '数控核心课程' }, targetMonths: 3, isOverdue: true });
    expect(row?.ageMonths).toBeCloseTo(4, 0);
    expect(report.rows.some((entry) => entry.id === ordinary)).toBe(false);
    const onlyTextbooks = (await t.request({ method: 'GET', url: '/api/v1/learning/textbooks/revision-age?kind=textbook', session: national })).json<RevisionAgeReport>();
    expect(onlyTextbooks.rows.every((entry) => entry.kind === 'textbook')).toBe(true);
  });

  it('lets only national administrators set the targets, audited', async () => {
    const denied = await t.request({ method: 'PUT', url: '/api/v1/learning/textbooks/revision-targets', session: teacher, body: { textbook: 12 } });
    expect(denied.statusCode).toBe(403);
    const set = await t.request({ method: 'PUT', url: '/api/v1/learning/textbooks/revision-targets', session: national, body: { textbook: 12 } });
    expect(set.json<RevisionTargets>()).toMatchObject({ textbook: { months: 12, isDefault: false }, core_course: { months: 3, isDefault: true } });
    const audit = (await t.deps.db.execute<{ details: { from: number; to: number } }>(sql`select details from audit.entries where action = 'learning.revision_target.updated' order by seq desc limit 1`)).rows[0];
    expect(audit?.details).toEqual({ from: 21.6, to: 12 });
    const invalid = await t.request({ method: 'PUT', url: '/api/v1/learning/textbooks/revision-targets', session: national, body: { textbook: 0 } });
    expect(invalid.statusCode).toBe(400);
    await t.request({ method: 'PUT', url: '/api/v1/learning/textbooks/revision-targets', session: national, body: { textbook: 21.6 } });
  });
});
