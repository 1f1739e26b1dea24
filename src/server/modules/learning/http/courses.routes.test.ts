import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../../platform/authz/actor.js';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, TEST_PASSWORD, type Session, type TestLuban } from '../../../testing/test-luban.js';
import type { AnswerFeedback, Attempt, CourseDetail, CourseProgress, ExerciseSheet } from '../../../../shared/contracts/learning/courses.js';
import { COURSE_ACTIVITY_TYPE, extensionIri, learnerVerbs } from '../domain/statements.js';
import { courseActivityId } from '../domain/course-statements.js';
import { COURSE_COMPLETED, type CourseCompleted } from '../events.js';
import { changeStructure, createCourse, createExerciseSet, publishCourse } from './courses-test-client.js';
import { publishResource, samplePdf, uploadFile } from './learning-test-client.js';

type StoredStatement = { actor: { objectType: string; name: string; account: { homePage: string; name: string } }; verb: { id: string }; object: { id: string; definition: { type: string; interactionType?: string } }; result?: Record<string, unknown>; context: { contextActivities: { parent?: { id: string; definition: { type: string } }[] }; extensions: Record<string, unknown> } };

describeEachEngine('learning courses: build, publish, enrol, progress, exercises, statements', (engine) => {
  let t: TestLuban;
  let teacher: Session;
  let student: Session;
  let outsider: Session;
  let collegeAdmin: Session;
  let studentId: string;
  let resourceId: string;
  let exerciseSetId: string;
  const completions: CourseCompleted[] = [];
  beforeAll(async () => {
    t = await createTestLuban(engine);
    teacher = await t.login('demo.teacher');
    student = await t.login('demo.student');
    collegeAdmin = await t.login('demo.college');
    await t.identity.api.createUser(systemActor('test'), { username: 'course.outsider', displayName: 'Outsider', password: TEST_PASSWORD, locale: 'en', assignments: [{ role: 'student', scope: 'college:DEMO-GD-01' }] });
    outsider = await t.login('course.outsider');
    studentId = (await t.request({ method: 'GET', url: '/api/v1/auth/me', session: student })).json<{ id: string }>().id;
    t.deps.events.subscribe<CourseCompleted>(COURSE_COMPLETED, (event) => void completions.push(event));
    const upload = await uploadFile(t, teacher, { resourceType: 'document', fileName: 'cnc.pdf', mimeType: 'application/pdf', bytes: samplePdf });
    resourceId = await publishResource(t, teacher, collegeAdmin, { title: { 'zh-CN': '数控车床操作', en: 'CNC lathe operation' }, programCodes: ['SAMPLE-H070101'], knowledgePoints: ['数控车床'] }, upload);
    exerciseSetId = await createExerciseSet(t, teacher);
  });
  afterAll(async () => t.close());

  const statementsOf = async (courseId: string) =>
    (
      await t.deps.db.execute<{ payload: StoredStatement }>(
        sql`select payload from lrs.statements where payload::text like ${`%${courseActivityId(courseId)}%`} order by stored`,
      )
    ).rows.map((row) => row.payload);

  it('builds a course by operations, publishes it, and indexes it for everyone; a draft is not indexed', async () => {
    const course = await createCourse(t, teacher, { title: { 'zh-CN': '数控加工入门', en: 'Introduction to CNC machining' }, programCodes: ['SAMPLE-H070101'], knowledgePoints: ['G代码编程'], isCore: true });
    expect(course).toMatchObject({ status: 'draft', isCore: true, lastSubstantiveRevisionAt: null, can: { edit: true } });
    const two = await changeStructure(t, teacher, course.id, [
      { op: 'addUnit', title: { 'zh-CN': '第一单元', en: 'Unit 1' } },
      { op: 'addUnit', title: { 'zh-CN': '第二单元', en: 'Unit 2' } },
    ]);
    const [first, second] = two.units;
    if (!first || !second) throw new Error('units missing');
    await changeStructure(t, teacher, course.id, [
      { op: 'addResource', unitId: first.id, resourceId },
      { op: 'addExerciseSet', unitId: first.id, exerciseSetId, toIndex: 0 },
      { op: 'moveUnit', unitId: second.id, toIndex: 0 },
    ]);
    const built = (await t.request({ method: 'GET', url: `/api/v1/learning/courses/${course.id}`, session: teacher })).json<CourseDetail>();
    expect(built.units.map((unit) => unit.title.en)).toEqual(['Unit 2', 'Unit 1']);
    expect(built.units[1]?.items.map((item) => item.kind)).toEqual(['exercise_set', 'resource']);
    expect(built.units[1]?.items[1]).toMatchObject({ resourceType: 'document', title: { en: 'CNC lathe operation' } });
    expect(built.units[1]?.items[0]).toMatchObject({ questionCount: 2 });
    // the student cannot see the draft, and nothing is in the search index yet
    expect((await t.request({ method: 'GET', url: `/api/v1/learning/courses/${course.id}`, session: student })).statusCode).toBe(403);
    const indexed = () => t.deps.db.execute<{ visibility_tokens: string[]; type: string }>(sql`select visibility_tokens, type from learning.search_documents where kind = 'course' and entity_id = ${course.id}`);
    expect((await indexed()).rows).toHaveLength(0);

    // an empty unit is fine, but a course without items is not publishable
    const empty = await createCourse(t, teacher, { title: { en: 'Empty' } });
    const refused = await t.request({ method: 'POST', url: `/api/v1/learning/courses/${empty.id}/publish`, session: teacher, headers: { 'accept-language': 'zh-CN' } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'COURSE_NOT_PUBLISHABLE' });
    expect(refused.json<{ detail: string }>().detail).toContain('课程不能发布');

    const published = (await t.request({ method: 'POST', url: `/api/v1/learning/courses/${course.id}/publish`, session: teacher })).json<CourseDetail>();
    expect(published.status).toBe('published');
    const revisedAt = published.lastSubstantiveRevisionAt;
    expect(revisedAt).not.toBeNull();
    expect((await indexed()).rows).toEqual([{ visibility_tokens: ['~vis:public'], type: 'course' }]);

    // a typo fix re-published is not a substantive revision; a changed item list is
    await t.request({ method: 'PATCH', url: `/api/v1/learning/courses/${course.id}`, session: teacher, body: { title: { 'zh-CN': '数控加工入门', en: 'Introduction to CNC machining (2nd)' } } });
    const retitled = (await t.request({ method: 'POST', url: `/api/v1/learning/courses/${course.id}/publish`, session: teacher })).json<CourseDetail>();
    expect(retitled.lastSubstantiveRevisionAt).toBe(revisedAt);
    await changeStructure(t, teacher, course.id, [{ op: 'removeUnit', unitId: second.id }]);
    const restructured = (await t.request({ method: 'POST', url: `/api/v1/learning/courses/${course.id}/publish`, session: teacher })).json<CourseDetail>();
    expect(restructured.lastSubstantiveRevisionAt).not.toBe(revisedAt);

    const open = (await t.request({ method: 'GET', url: '/api/v1/learning/courses?view=open', session: student })).json<{ items: { id: string }[] }>();
    expect(open.items.map((item) => item.id)).toContain(course.id);
    const teaching = (await t.request({ method: 'GET', url: '/api/v1/learning/courses?view=teaching', session: teacher })).json<{ items: { id: string }[] }>();
    expect(teaching.items.map((item) => item.id)).toEqual(expect.arrayContaining([course.id, empty.id]));
  });

  it('refuses bad structure operations naming the field, and resources the teacher may not use', async () => {
    const course = await createCourse(t, teacher, { title: { en: 'Refusals' } });
    const unknownUnit = await t.request({ method: 'POST', url: `/api/v1/learning/courses/${course.id}/structure`, session: teacher, body: { operations: [{ op: 'addResource', unitId: '00000000-0000-4000-8000-000000000000', resourceId }] } });
    expect(unknownUnit.statusCode).toBe(422);
    expect(unknownUnit.json()).toMatchObject({ code: 'COURSE_UNIT_NOT_FOUND', errors: [{ field: 'operations.0.unitId' }] });
    const withUnit = await changeStructure(t, teacher, course.id, [{ op: 'addUnit', title: { en: 'U' } }]);
    const unitId = withUnit.units[0]?.id ?? '';
    const badSchedule = await t.request({ method: 'POST', url: `/api/v1/learning/courses/${course.id}/structure`, session: teacher, body: { operations: [{ op: 'editUnit', unitId, opensAt: '2026-03-02T00:00:00Z', dueAt: '2026-03-01T00:00:00Z' }] } });
    expect(badSchedule.json()).toMatchObject({ code: 'COURSE_SCHEDULE_INVALID', errors: [{ field: 'operations.0.dueAt' }] });
    // another college's teacher cannot edit it
    const other = await t.request({ method: 'POST', url: `/api/v1/learning/courses/${course.id}/structure`, session: collegeAdmin, body: { operations: [{ op: 'addUnit', title: { en: 'X' } }] } });
    expect(other.statusCode).toBe(403);
    // an answer that is not an option is refused when the set is created
    const badSet = await t.request({ method: 'POST', url: '/api/v1/learning/courses/exercise-sets', session: teacher, body: { title: { en: 'Bad' }, items: [{ kind: 'single', prompt: { en: 'Q' }, options: [{ id: 'a', text: { en: 'A' } }, { id: 'b', text: { en: 'B' } }], answer: ['c'] }] } });
    expect(badSet.statusCode).toBe(400);
    expect(badSet.body).toContain('items.0.answer.0');
  });

  it('a student enrols, progresses, answers with immediate feedback, resumes, and completes: statements and the completion event', async () => {
    const course = await publishCourse(t, teacher, { title: { 'zh-CN': '数控编程实践', en: 'CNC programming practice' }, resourceId, exerciseSetId, extra: { programCodes: ['SAMPLE-H070101'], knowledgePoints: ['G代码编程'], trainingHours: 0 } });
    const [resourceItem, exerciseItem] = course.units[0]?.items ?? [];
    if (!resourceItem || !exerciseItem) throw new Error('items missing');
    const base = `/api/v1/learning/courses/${course.id}`;
    // not enrolled yet
    expect((await t.request({ method: 'POST', url: `${base}/items/${resourceItem.id}/launch`, session: student })).json()).toMatchObject({ code: 'COURSE_NOT_ENROLLED' });
    expect((await t.request({ method: 'POST', url: `${base}/enrolment`, session: student })).json<CourseProgress>()).toMatchObject({ enrolled: true, completedItems: 0, totalItems: 2 });
    await t.request({ method: 'POST', url: `${base}/items/${resourceItem.id}/launch`, session: student });
    await t.request({ method: 'PUT', url: `${base}/items/${resourceItem.id}/progress`, session: student, body: { position: 42.5, durationSeconds: 40 } });
    // resume: the last item and the position in it
    const resumed = (await t.request({ method: 'GET', url: `${base}/progress`, session: student })).json<CourseProgress>();
    expect(resumed).toMatchObject({ lastItemId: resourceItem.id, items: [{ itemId: resourceItem.id, position: 42.5, completed: false }] });
    await t.request({ method: 'PUT', url: `${base}/items/${resourceItem.id}/progress`, session: student, body: { completed: true } });

    // questions never carry answers before they are answered
    const sheet = await t.request({ method: 'GET', url: `${base}/items/${exerciseItem.id}/exercises`, session: student });
    const questions = sheet.json<ExerciseSheet>().questions;
    expect(sheet.body).not.toContain('"answer"');
    expect(sheet.body).not.toContain('linear interpolation.');
    expect(questions.map((q) => q.kind)).toEqual(['single', 'true_false']);
    const [choice, trueFalse] = questions;
    if (!choice || !trueFalse) throw new Error('questions missing');
    expect((await t.request({ method: 'POST', url: `${base}/items/${exerciseItem.id}/answers`, session: student, body: { exerciseId: choice.id, response: ['b'] } })).json()).toMatchObject({ code: 'EXERCISE_NO_OPEN_ATTEMPT' });
    expect((await t.request({ method: 'POST', url: `${base}/items/${exerciseItem.id}/attempts`, session: student })).json<Attempt>()).toMatchObject({ score: 0, maxScore: 2, finishedAt: null });
    const invalid = await t.request({ method: 'POST', url: `${base}/items/${exerciseItem.id}/answers`, session: student, body: { exerciseId: choice.id, response: ['z'] } });
    expect(invalid.json()).toMatchObject({ code: 'EXERCISE_RESPONSE_INVALID', errors: [{ field: 'response' }] });
    const right = (await t.request({ method: 'POST', url: `${base}/items/${exerciseItem.id}/answers`, session: student, body: { exerciseId: choice.id, response: ['b'] } })).json<{ feedback: AnswerFeedback; attempt: Attempt }>();
    expect(right.feedback).toMatchObject({ correct: true, correctAnswer: ['b'], explanation: { en: 'G01 is linear interpolation.' } });
    expect((await t.request({ method: 'POST', url: `${base}/items/${exerciseItem.id}/answers`, session: student, body: { exerciseId: choice.id, response: ['a'] } })).json()).toMatchObject({ code: 'EXERCISE_ALREADY_ANSWERED' });
    const wrong = (await t.request({ method: 'POST', url: `${base}/items/${exerciseItem.id}/answers`, session: student, body: { exerciseId: trueFalse.id, response: ['true'] } })).json<{ feedback: AnswerFeedback; attempt: Attempt }>();
    expect(wrong.feedback).toMatchObject({ correct: false, correctAnswer: ['false'] });
    expect(wrong.attempt).toMatchObject({ score: 1, maxScore: 2 });
    expect(wrong.attempt.finishedAt).not.toBeNull();
    const done = (await t.request({ method: 'GET', url: `${base}/progress`, session: student })).json<CourseProgress>();
    expect(done).toMatchObject({ completedItems: 2, totalItems: 2, lastItemId: exerciseItem.id });
    expect(done.completedAt).not.toBeNull();
    await t.deps.events.drain();
    expect(completions.filter((event) => event.courseId === course.id)).toEqual([expect.objectContaining({ type: COURSE_COMPLETED, userId: studentId, audience: 'students', trainingHours: 0 })]);

    const statements = await statementsOf(course.id);
    const verbs = statements.map((statement) => statement.verb.id).sort();
    const v = learnerVerbs;
    expect(verbs).toEqual([v.registered.id, v.launched.id, v.viewed.id, v.progressed.id, v.progressed.id, v.completed.id, v.attempted.id, v.answered.id, v.answered.id, v.completed.id, v.completed.id].sort());
    for (const statement of statements) {
      expect(statement.actor).toEqual({ objectType: 'Agent', name: '演示·学生', account: { homePage: 'https://luban.local/users', name: studentId } });
      expect(statement.context.extensions[extensionIri.programCodes]).toEqual(['SAMPLE-H070101']);
      expect(statement.context.extensions[extensionIri.knowledgePoints]).toEqual(expect.arrayContaining(['G代码编程']));
      if (statement.object.id === courseActivityId(course.id)) {
        expect(statement.object.definition.type).toBe(COURSE_ACTIVITY_TYPE);
      } else {
        expect(statement.context.contextActivities.parent).toEqual([expect.objectContaining({ id: courseActivityId(course.id), definition: expect.objectContaining({ type: COURSE_ACTIVITY_TYPE }) })]);
      }
    }
    const find = (verb: keyof typeof learnerVerbs, predicate: (statement: StoredStatement) => boolean = () => true) => statements.find((statement) => statement.verb.id === learnerVerbs[verb].id && predicate(statement));
    const progressed = find('progressed', (statement) => statement.result?.completion === false);
    const answeredRight = find('answered', (statement) => statement.result?.success === true);
    const answeredWrong = find('answered', (statement) => statement.result?.success === false);
    const exerciseCompleted = find('completed', (statement) => statement.result?.score !== undefined);
    const courseCompleted = find('completed', (statement) => statement.object.id === courseActivityId(course.id));
    // viewing the resource item: the resource inside the course, with its own knowledge points
    const viewed = find('viewed');
    expect(viewed?.object).toMatchObject({ id: `https://luban.local/learning/resources/${resourceId}`, definition: { type: 'http://id.tincanapi.com/activitytype/document' } });
    expect(viewed?.context.extensions[extensionIri.knowledgePoints]).toEqual(expect.arrayContaining(['G代码编程', '数控车床']));
    expect(viewed?.context.extensions['https://luban.local/xapi/extensions/course-item']).toBe(resourceItem.id);
    // the player reads the resource with in=course: no second, course-less library view
    await t.request({ method: 'GET', url: `/api/v1/learning/resources/${resourceId}?in=course`, session: student });
    const libraryViews = await t.deps.db.execute<{ n: number }>(sql`select count(*)::int as n from lrs.statements where verb_id = ${v.viewed.id} and activity_id = ${`https://luban.local/learning/resources/${resourceId}`} and payload->'actor'->'account'->>'name' = ${studentId} and not (payload::text like ${`%${courseActivityId(course.id)}%`})`);
    expect(libraryViews.rows[0]?.n).toBe(0);
    expect(progressed?.result).toMatchObject({ completion: false, duration: 'PT40S', extensions: { 'https://luban.local/xapi/extensions/position': 42.5 } });
    expect(answeredRight?.object.definition).toMatchObject({ type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'choice' });
    expect(answeredRight?.result).toMatchObject({ success: true, response: 'b' });
    expect(answeredWrong?.result).toMatchObject({ success: false, response: 'true' });
    expect(answeredWrong?.context.extensions[extensionIri.knowledgePoints]).toEqual(expect.arrayContaining(['快速定位']));
    expect(exerciseCompleted?.result).toMatchObject({ completion: true, success: false, score: { raw: 1, min: 0, max: 2, scaled: 0.5 } });
    expect(courseCompleted?.object.id).toBe(courseActivityId(course.id));
    expect(courseCompleted?.result).toMatchObject({ completion: true });

    // a new attempt starts fresh; the student's list shows the course
    expect((await t.request({ method: 'POST', url: `${base}/items/${exerciseItem.id}/attempts`, session: student })).json<Attempt>()).toMatchObject({ score: 0, feedback: [] });
    const mine = (await t.request({ method: 'GET', url: '/api/v1/learning/courses?view=mine', session: student })).json<{ items: { id: string }[] }>();
    expect(mine.items.map((item) => item.id)).toContain(course.id);
  });

  it('a class-only course is seen by its members only, and is indexed with the class token', async () => {
    const created = await t.request({ method: 'POST', url: '/api/v1/learning/courses/classes', session: teacher, body: { name: '数控2401班', memberIds: [studentId] } });
    expect(created.statusCode).toBe(201);
    const classId = created.json<{ id: string }>().id;
    const course = await publishCourse(t, teacher, { title: { en: 'Class only' }, resourceId, exerciseSetId, extra: { target: 'class', classId } });
    expect((await t.request({ method: 'GET', url: `/api/v1/learning/courses/${course.id}`, session: student })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/v1/learning/courses/${course.id}`, session: outsider })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: `/api/v1/learning/courses/${course.id}/enrolment`, session: outsider })).statusCode).toBe(403);
    const open = (await t.request({ method: 'GET', url: '/api/v1/learning/courses?view=open', session: outsider })).json<{ items: { id: string }[] }>();
    expect(open.items.map((item) => item.id)).not.toContain(course.id);
    const indexed = await t.deps.db.execute<{ visibility_tokens: string[] }>(sql`select visibility_tokens from learning.search_documents where kind = 'course' and entity_id = ${course.id}`);
    expect(indexed.rows).toEqual([{ visibility_tokens: [`~vis:class:${classId}`] }]);
    // a class needs a class id
    const missing = await t.request({ method: 'POST', url: '/api/v1/learning/courses', session: teacher, body: { title: { en: 'No class' }, target: 'class' } });
    expect(missing.json()).toMatchObject({ code: 'COURSE_CLASS_REQUIRED', errors: [{ field: 'classId' }] });
  });

  it('reviewers flag fine courses; teacher-development courses are for teachers only', async () => {
    const course = await publishCourse(t, teacher, { title: { 'zh-CN': '双师型教师培训', en: 'Dual-qualified teacher training' }, resourceId, exerciseSetId, extra: { audience: 'teachers', trainingHours: 8 } });
    expect((await t.request({ method: 'PUT', url: `/api/v1/learning/courses/${course.id}/fine`, session: teacher, body: { isFine: true } })).statusCode).toBe(403);
    const flagged = await t.request({ method: 'PUT', url: `/api/v1/learning/courses/${course.id}/fine`, session: collegeAdmin, body: { isFine: true } });
    expect(flagged.json<CourseDetail>()).toMatchObject({ isFine: true });
    const fine = (await t.request({ method: 'GET', url: '/api/v1/learning/courses?view=open&fine=1', session: student })).json<{ items: { id: string; isFine: boolean }[] }>();
    expect(fine.items.map((item) => item.id)).toContain(course.id);
    expect(fine.items.every((item) => item.isFine)).toBe(true);
    const refused = await t.request({ method: 'POST', url: `/api/v1/learning/courses/${course.id}/enrolment`, session: student });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'COURSE_FOR_TEACHERS' });
    expect((await t.request({ method: 'POST', url: `/api/v1/learning/courses/${course.id}/enrolment`, session: teacher })).json<CourseProgress>()).toMatchObject({ enrolled: true });
  });
});
