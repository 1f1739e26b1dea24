import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-db.js';
import { systemActor } from '../../../platform/authz/actor.js';
import { createTestLuban, TEST_PASSWORD, type Session, type TestLuban } from '../../../testing/test-luban.js';
import type { TrainingRecord, TrainingSummary } from '../../../../shared/contracts/learning/training.js';
import { COURSE_COMPLETED, type CourseCompleted } from '../events.js';
import { publishResource, samplePdf, uploadFile } from './learning-test-client.js';
import { changeStructure, createCourse } from './courses-test-client.js';
import { recordTraining, sampleTraining } from './textbooks-test-client.js';

describeEachEngine('learning teacher service: training records, review, summaries', (engine) => {
  let t: TestLuban;
  let teacher: Session;
  let collegeAdmin: Session;
  let otherCollegeAdmin: Session;
  let teacherUserId: string;
  beforeAll(async () => {
    t = await createTestLuban(engine);
    teacher = await t.login('demo.teacher');
    collegeAdmin = await t.login('demo.college');
    const me = await t.deps.db.execute<{ id: string }>(sql`select id from identity.users where username = 'demo.teacher'`);
    teacherUserId = me.rows[0]?.id ?? '';
    await t.identity.api.createUser(systemActor('test'), { username: 'other.college.admin', displayName: '另一院校管理员', password: TEST_PASSWORD, locale: 'zh-CN', assignments: [{ role: 'college_admin', scope: 'college:DEMO-JS-01' }] });
    otherCollegeAdmin = await t.login('other.college.admin');
  });
  afterAll(async () => t.close());

  it('refuses a period that ends before it starts, naming the field', async () => {
    const response = await t.request({ method: 'POST', url: '/api/v1/learning/training/records', session: teacher, headers: { 'accept-language': 'en' }, body: { ...sampleTraining, endDate: '2026-06-30' } });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'TRAINING_PERIOD_INVALID', errors: [{ field: 'endDate', code: 'end_before_start' }] });
  });

  it('records external training with evidence; the college administrator approves it and the hours count', async () => {
    const evidence = await uploadFile(t, teacher, { resourceType: 'document', fileName: 'certificate.pdf', mimeType: 'application/pdf', bytes: samplePdf });
    const id = await recordTraining(t, teacher, { evidenceUploadId: evidence });
    const before = (await t.request({ method: 'GET', url: '/api/v1/learning/training/summary', session: teacher })).json<TrainingSummary>();
    expect(before.years).toEqual([]);

    const queue = await t.request({ method: 'GET', url: '/api/v1/learning/training/records?view=review&status=pending', session: collegeAdmin });
    expect(queue.json<{ items: TrainingRecord[] }>().items).toEqual([expect.objectContaining({ id, status: 'pending', hours: 40, evidence: { fileName: 'certificate.pdf', mimeType: 'application/pdf', size: samplePdf.length } })]);
    const file = await t.request({ method: 'GET', url: `/api/v1/learning/training/records/${id}/evidence`, session: collegeAdmin });
    expect(file.statusCode).toBe(200);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.rawPayload.equals(samplePdf)).toBe(true);

    const foreign = await t.request({ method: 'POST', url: `/api/v1/learning/training/records/${id}/review`, session: otherCollegeAdmin, body: { decision: 'approve' } });
    expect(foreign.statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/v1/learning/training/records?view=review', session: otherCollegeAdmin })).json<{ items: unknown[] }>().items).toEqual([]);

    const approved = await t.request({ method: 'POST', url: `/api/v1/learning/training/records/${id}/review`, session: collegeAdmin, body: { decision: 'approve' } });
    expect(approved.json<TrainingRecord>()).toMatchObject({ status: 'approved', reviewedByName: '演示·院校管理员' });
    const again = await t.request({ method: 'POST', url: `/api/v1/learning/training/records/${id}/review`, session: collegeAdmin, body: { decision: 'approve' } });
    expect(again.json()).toMatchObject({ code: 'TRAINING_NOT_REVIEWABLE' });

    const summary = (await t.request({ method: 'GET', url: '/api/v1/learning/training/summary', session: teacher })).json<TrainingSummary>();
    expect(summary.years).toEqual([{ year: 2026, totalHours: 40, byCategory: { enterprise_practice: 40 }, enterprisePracticeHours: 40 }]);
    expect(await t.learning.api.trainingHoursFor(teacherUserId, 2026)).toMatchObject({ totalHours: 40, enterprisePracticeHours: 40 });
  });

  it('returns a record with a reason, and a returned record counts nothing', async () => {
    const id = await recordTraining(t, teacher, { title: '说课培训', category: 'teaching_skills', hours: 8, startDate: '2026-03-01', endDate: '2026-03-01' });
    const noReason = await t.request({ method: 'POST', url: `/api/v1/learning/training/records/${id}/review`, session: collegeAdmin, body: { decision: 'return' } });
    expect(noReason.statusCode).toBe(400);
    const returned = await t.request({ method: 'POST', url: `/api/v1/learning/training/records/${id}/review`, session: collegeAdmin, body: { decision: 'return', reason: '缺少培训证明' } });
    expect(returned.json<TrainingRecord>()).toMatchObject({ status: 'returned', reviewNote: '缺少培训证明' });
    expect((await t.learning.api.trainingHoursFor(teacherUserId, 2026)).byCategory.teaching_skills).toBeUndefined();
  });

  it('turns a completed teacher-development course into approved hours once, however often the event comes', async () => {
    const event: CourseCompleted = { type: COURSE_COMPLETED, occurredAt: '2026-05-02T10:00:00.000Z', courseId: '0c7e1d7a-1111-4222-8333-444455556666', userId: teacherUserId, learnerName: '演示·教师', collegeScope: 'college:DEMO-GD-01', audience: 'teachers', trainingHours: 16, completedAt: '2026-05-02T10:00:00.000Z' };
    t.deps.events.publish(event);
    t.deps.events.publish(event);
    const studentCourse: CourseCompleted = { ...event, courseId: '0c7e1d7a-1111-4222-8333-777788889999', audience: 'students' };
    t.deps.events.publish(studentCourse);
    await t.deps.events.drain();
    const mine = (await t.request({ method: 'GET', url: '/api/v1/learning/training/records?view=mine', session: teacher })).json<{ items: TrainingRecord[] }>();
    expect(mine.items.filter((record) => record.source === 'course')).toEqual([expect.objectContaining({ courseId: event.courseId, hours: 16, status: 'approved' })]);
    expect(await t.learning.api.trainingHoursFor(teacherUserId, 2026)).toMatchObject({ totalHours: 56, enterprisePracticeHours: 40 });
  });

  it('titles a course-derived record with the course’s title', async () => {
    const course = await createCourse(t, teacher, { title: { 'zh-CN': '双师型教师研修', en: 'Dual-qualified teacher workshop' }, audience: 'teachers', trainingHours: 6 });
    const completed: CourseCompleted = { type: COURSE_COMPLETED, occurredAt: '2026-06-02T10:00:00.000Z', courseId: course.id, userId: teacherUserId, learnerName: '演示·教师', collegeScope: 'college:DEMO-GD-01', audience: 'teachers', trainingHours: 6, completedAt: '2026-06-02T10:00:00.000Z' };
    t.deps.events.publish(completed);
    await t.deps.events.drain();
    const mine = (await t.request({ method: 'GET', url: '/api/v1/learning/training/records?view=mine', session: teacher })).json<{ items: TrainingRecord[] }>();
    expect(mine.items.find((record) => record.courseId === course.id)).toMatchObject({ source: 'course', title: '双师型教师研修', hours: 6, status: 'approved' });
  });

  // last: it records hours in the current year, which the totals above do not expect
  it('a teacher who completes a teacher-development course gets a record carrying their college and name', async () => {
    const upload = await uploadFile(t, teacher, { resourceType: 'document', fileName: 'workshop.pdf', mimeType: 'application/pdf', bytes: samplePdf });
    const resourceId = await publishResource(t, teacher, collegeAdmin, { title: { 'zh-CN': '说课讲义', en: 'Lesson talk notes' }, programCodes: [], knowledgePoints: [] }, upload);
    const course = await createCourse(t, teacher, { title: { 'zh-CN': '说课能力研修', en: 'Lesson talk workshop' }, audience: 'teachers', trainingHours: 4 });
    const unitId = (await changeStructure(t, teacher, course.id, [{ op: 'addUnit', title: { en: 'Unit 1' } }])).units[0]?.id ?? '';
    const itemId = (await changeStructure(t, teacher, course.id, [{ op: 'addResource', unitId, resourceId }])).units[0]?.items[0]?.id ?? '';
    expect((await t.request({ method: 'POST', url: `/api/v1/learning/courses/${course.id}/publish`, session: teacher })).statusCode).toBe(200);
    const base = `/api/v1/learning/courses/${course.id}`;
    expect((await t.request({ method: 'POST', url: `${base}/enrolment`, session: teacher })).statusCode).toBe(200);
    expect((await t.request({ method: 'PUT', url: `${base}/items/${itemId}/progress`, session: teacher, body: { completed: true } })).statusCode).toBe(200);
    await t.deps.events.drain();
    const mine = (await t.request({ method: 'GET', url: '/api/v1/learning/training/records?view=mine', session: teacher })).json<{ items: TrainingRecord[] }>();
    expect(mine.items.find((item) => item.courseId === course.id)).toMatchObject({ source: 'course', hours: 4, status: 'approved', collegeScope: 'college:DEMO-GD-01', teacherName: '演示·教师' });

    // the college administrator sees it among the platform-course hours, not in the external review lists
    const review = (query: string, session: typeof collegeAdmin) => t.request({ method: 'GET', url: `/api/v1/learning/training/records?view=review&${query}`, session });
    const fromCourses = (await review('source=course', collegeAdmin)).json<{ items: TrainingRecord[] }>().items;
    expect(fromCourses.find((item) => item.courseId === course.id)).toMatchObject({ teacherName: '演示·教师', hours: 4, status: 'approved' });
    expect(fromCourses.every((item) => item.source === 'course')).toBe(true);
    const external = (await review('source=external', collegeAdmin)).json<{ items: TrainingRecord[] }>().items;
    expect(external.length).toBeGreaterThan(0);
    expect(external.every((item) => item.source === 'external')).toBe(true);
    expect((await review('source=course', otherCollegeAdmin)).json<{ items: TrainingRecord[] }>().items).toEqual([]);
    const invalid = await review('source=elsewhere', collegeAdmin);
    expect(invalid.statusCode).toBe(400);
    expect(JSON.stringify(invalid.json())).toContain('source');
  });
});
