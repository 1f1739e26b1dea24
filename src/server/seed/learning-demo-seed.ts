import type { Luban } from '../compose.js';
import type { Actor } from '../platform/authz/actor.js';
import { SESSION_COOKIE } from '../http/security.js';
import { MAX_CHUNK_BYTES } from '../../shared/contracts/learning/uploads.js';
import { createTextbookSchema, saveChaptersSchema, type TextbookDetail } from '../../shared/contracts/learning/textbooks.js';
import type { ClassRoster, CourseDetail, CourseProgress, StructureOperation } from '../../shared/contracts/learning/courses.js';
import type { DemoAccount } from './demo-seed.js';
import {
  demoCourses,
  demoEvidence,
  demoExerciseSets,
  demoResources,
  demoTextbooks,
  demoTrainingRecords,
  DEMO_CLASS_NAME,
  type DemoCourse,
  type DemoExerciseKey,
  type DemoResourceKey,
  type DemoTextbook,
} from './learning-demo-content.js';
import type { DemoFile } from './learning-demo-files.js';

/**
 * The learning platform's demo: resources, exercise sets, three courses, two textbooks, a
 * simulation and training records, all by demo.teacher of DEMO-GD-01 and labelled demo
 * (learning-demo-content.ts). Everything goes through the HTTP API as the demo users would do it
 * (contracts, authorization, review, search indexing, xAPI statements), except the overdue
 * textbook, which the learning API backdates to its last revision. Only on a database where
 * demo.teacher has no resources and no courses yet.
 */
export type LearningSeedResult = { resources: number; exerciseSets: number; courses: number; textbooks: number; simulations: number; trainingRecords: number; ms: number };

type Session = { username: string; userId: string; cookie: string; csrf: string; token: string };
type Method = 'GET' | 'POST' | 'PUT';

const API = '/api/v1/learning';

async function call<T>(luban: Luban, session: Session, method: Method, url: string, body?: unknown): Promise<T> {
  const response = await luban.app.inject({
    method,
    url,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'accept-language': 'en', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
  });
  if (response.statusCode >= 300) throw new Error(`learning demo seed: ${method} ${url} as ${session.username} answered ${response.statusCode}: ${response.body}`);
  return response.json<T>();
}

async function logIn(luban: Luban, accounts: readonly DemoAccount[], username: string): Promise<Session> {
  const account = accounts.find((a) => a.username === username);
  if (!account) throw new Error(`learning demo seed: no demo account ${username}`);
  const response = await luban.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username, password: account.password }) });
  if (response.statusCode !== 200) throw new Error(`learning demo seed: sign-in of ${username} answered ${response.statusCode}: ${response.body}`);
  const signed = response.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? '';
  const me = response.json<{ id: string; csrfToken: string }>();
  return { username, userId: me.id, cookie: response.cookies.map((c) => `${c.name}=${c.value}`).join('; '), csrf: me.csrfToken, token: luban.app.unsignCookie(signed).value ?? '' };
}

async function logOut(luban: Luban, session: Session): Promise<void> {
  await luban.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: session.cookie, 'x-csrf-token': session.csrf } });
}

/** A resumable upload in chunks, as the web client sends it. */
async function upload(luban: Luban, session: Session, resourceType: string, file: DemoFile): Promise<string> {
  const { id } = await call<{ id: string }>(luban, session, 'POST', `${API}/uploads`, { resourceType, fileName: file.fileName, mimeType: file.mimeType, totalSize: file.bytes.length });
  for (let offset = 0; offset < file.bytes.length; offset += MAX_CHUNK_BYTES) {
    const response = await luban.app.inject({
      method: 'PUT',
      url: `${API}/uploads/${id}/chunks?offset=${offset}`,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/octet-stream' },
      payload: file.bytes.subarray(offset, offset + MAX_CHUNK_BYTES),
    });
    if (response.statusCode !== 200) throw new Error(`learning demo seed: chunk of ${file.fileName} answered ${response.statusCode}: ${response.body}`);
  }
  await call(luban, session, 'POST', `${API}/uploads/${id}/complete`);
  return id;
}

/** Uploads, creates, submits and has the college administrator publish each demo resource. */
async function seedResources(luban: Luban, teacher: Session, reviewer: Session): Promise<Map<DemoResourceKey, string>> {
  const ids = new Map<DemoResourceKey, string>();
  for (const resource of demoResources) {
    const uploadId = await upload(luban, teacher, resource.type, await resource.file());
    const { id } = await call<{ id: string }>(luban, teacher, 'POST', `${API}/resources`, {
      type: resource.type, title: resource.title, description: resource.description, programCodes: resource.programCodes, knowledgePoints: resource.knowledgePoints,
      level: 'higher', language: 'zh-CN', licence: 'CC BY 4.0', audience: 'public', providers: [], uploadId, changeNote: '演示数据 demo data',
    });
    await call(luban, teacher, 'POST', `${API}/resources/${id}/submit`);
    await call(luban, reviewer, 'POST', `${API}/resources/${id}/review`, { decision: 'publish' });
    ids.set(resource.key, id);
  }
  return ids;
}

async function buildCourse(luban: Luban, teacher: Session, course: DemoCourse, refs: { resources: Map<DemoResourceKey, string>; exerciseSets: Map<DemoExerciseKey, string>; classId: string }): Promise<CourseDetail> {
  const created = await call<CourseDetail>(luban, teacher, 'POST', `${API}/courses`, {
    title: course.title, description: course.description, programCodes: course.programCodes, knowledgePoints: course.knowledgePoints,
    level: 'higher', language: 'zh-CN', audience: 'students', isCore: course.isCore, target: course.target, classId: course.target === 'class' ? refs.classId : null,
  });
  const withUnits = await call<CourseDetail>(luban, teacher, 'POST', `${API}/courses/${created.id}/structure`, { operations: course.units.map((unit) => ({ op: 'addUnit', title: unit.title })) });
  const operations: StructureOperation[] = course.units.flatMap((unit, index) => {
    const unitId = withUnits.units[index]?.id ?? '';
    return unit.items.map((item): StructureOperation => {
      if ('resource' in item) return { op: 'addResource', unitId, resourceId: refs.resources.get(item.resource) ?? '' };
      return { op: 'addExerciseSet', unitId, exerciseSetId: refs.exerciseSets.get(item.exercises) ?? '' };
    });
  });
  await call(luban, teacher, 'POST', `${API}/courses/${created.id}/structure`, { operations });
  return call<CourseDetail>(luban, teacher, 'POST', `${API}/courses/${created.id}/publish`);
}

/** demo.student takes the Python course: the handout done, the loop exercise opened part-way (where the course resumes). */
async function seedStudentProgress(luban: Luban, student: Session, course: CourseDetail): Promise<CourseProgress> {
  await call(luban, student, 'POST', `${API}/courses/${course.id}/enrolment`);
  const [handout, loops] = course.units[0]?.items ?? [];
  if (!handout || !loops) throw new Error('learning demo seed: the Python course has fewer than two items');
  await call(luban, student, 'POST', `${API}/courses/${course.id}/items/${handout.id}/launch`);
  await call(luban, student, 'PUT', `${API}/courses/${course.id}/items/${handout.id}/progress`, { completed: true, durationSeconds: 540 });
  await call(luban, student, 'POST', `${API}/courses/${course.id}/items/${loops.id}/launch`);
  return call<CourseProgress>(luban, student, 'PUT', `${API}/courses/${course.id}/items/${loops.id}/progress`, { position: 3, durationSeconds: 180 });
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function textbookInput(book: DemoTextbook, publishedOn: string, changeNotes: string) {
  return createTextbookSchema.parse({
    title: book.title, publisher: book.publisher, authors: book.authors, level: 'higher', language: 'zh-CN', programCodes: book.programCodes, audience: book.audience,
    edition: { number: 1, publishedOn, changeNotes },
  });
}

/** The table of contents as it stands in `edition`. */
function chaptersInput(book: DemoTextbook, summary: string, edition = 1) {
  return saveChaptersSchema.parse({
    chapters: book.chapters.map((chapter) => ({
      title: chapter.title, programCodes: book.programCodes, knowledgePoints: chapter.knowledgePoints, content: chapter.content,
      sections: chapter.sections.filter((section) => (section.edition ?? 1) <= edition).map((section) => ({ title: section.title, content: section.content })),
    })),
    revision: { summary, isSubstantive: true },
  });
}

/**
 * The Python textbook: first edition two years ago, chapters, published, and a second edition
 * two months ago that adds a section (within its revision target). The drone textbook was last revised three years
 * ago, past the 1.8-year target: the revision-age page shows it overdue.
 */
async function seedTextbooks(luban: Luban, teacher: Session, teacherActor: Actor, now: Date): Promise<string[]> {
  const [python, drones] = demoTextbooks;
  if (!python || !drones) throw new Error('learning demo seed: two demo textbooks expected');
  const year = now.getUTCFullYear();
  const first = await call<TextbookDetail>(luban, teacher, 'POST', `${API}/textbooks`, textbookInput(python, `${year - 2}-09-01`, '第1版 · First edition'));
  await call(luban, teacher, 'PUT', `${API}/textbooks/${first.id}/chapters`, chaptersInput(python, '编写第1—3章 · Chapters 1–3 written'));
  await call(luban, teacher, 'POST', `${API}/textbooks/${first.id}/publish`);
  await call(luban, teacher, 'POST', `${API}/textbooks/${first.id}/editions`, { number: 2, publishedOn: isoDate(new Date(now.getTime() - 60 * 86_400_000)), changeNotes: '第2版：新增“循环练习”一节 · 2nd edition: a loop practice section added' });
  await call(luban, teacher, 'PUT', `${API}/textbooks/${first.id}/chapters`, chaptersInput(python, '第2版：新增“循环练习”一节 · Loop practice section added', 2));

  const revisedAt = new Date(Date.UTC(year - 3, now.getUTCMonth(), 1));
  const old = await luban.learning.api.createTextbookAsOf(teacherActor, revisedAt, textbookInput(drones, isoDate(revisedAt), '第1版 · First edition'), chaptersInput(drones, '编写第1—2章 · Chapters 1–2 written'));
  await call(luban, teacher, 'POST', `${API}/textbooks/${old}/publish`);
  return [first.id, old];
}

async function seedTraining(luban: Luban, teacher: Session, reviewer: Session, now: Date): Promise<number> {
  const plans = demoTrainingRecords(now);
  for (const plan of plans) {
    const evidenceUploadId = plan.withEvidence ? await upload(luban, teacher, 'document', demoEvidence()) : undefined;
    const record = await call<{ id: string }>(luban, teacher, 'POST', `${API}/training/records`, { ...plan.record, ...(evidenceUploadId ? { evidenceUploadId } : {}) });
    if (plan.approve) await call(luban, reviewer, 'POST', `${API}/training/records/${record.id}/review`, { decision: 'approve' });
  }
  return plans.length;
}

export async function seedLearningDemo(luban: Luban, accounts: readonly DemoAccount[], now: Date = luban.deps.now()): Promise<LearningSeedResult | undefined> {
  const started = Date.now();
  const teacher = await logIn(luban, accounts, 'demo.teacher');
  const reviewer = await logIn(luban, accounts, 'demo.college');
  const student = await logIn(luban, accounts, 'demo.student');
  try {
    const ownResources = await call<{ items: unknown[] }>(luban, teacher, 'GET', `${API}/resources?view=mine&limit=1`);
    const ownCourses = await call<{ items: unknown[] }>(luban, teacher, 'GET', `${API}/courses?view=teaching&limit=1`);
    if (ownResources.items.length > 0 || ownCourses.items.length > 0) return undefined;
    const teacherActor = (await luban.identity.api.resolveSession(teacher.token))?.actor;
    if (!teacherActor) throw new Error('learning demo seed: the demo teacher’s session did not resolve');

    const resources = await seedResources(luban, teacher, reviewer);
    const exerciseSets = new Map<DemoExerciseKey, string>();
    for (const [key, set] of Object.entries(demoExerciseSets) as [DemoExerciseKey, (typeof demoExerciseSets)[DemoExerciseKey]][]) {
      exerciseSets.set(key, (await call<{ id: string }>(luban, teacher, 'POST', `${API}/courses/exercise-sets`, set)).id);
    }
    const roster = await call<ClassRoster>(luban, teacher, 'POST', `${API}/courses/classes`, { name: DEMO_CLASS_NAME, memberIds: [student.userId] });
    const courses = new Map<DemoCourse['key'], CourseDetail>();
    for (const course of demoCourses) courses.set(course.key, await buildCourse(luban, teacher, course, { resources, exerciseSets, classId: roster.id }));
    const python = courses.get('python');
    if (!python) throw new Error('learning demo seed: the Python course is missing');
    // a reviewer (the college administrator) flags the open Python course as a fine course
    await call(luban, reviewer, 'PUT', `${API}/courses/${python.id}/fine`, { isFine: true });
    await seedStudentProgress(luban, student, python);
    // and joins the course of their demo class (My courses lists enrolled courses; the class course is not in the open list)
    const classCourse = courses.get('drones');
    if (classCourse) await call(luban, student, 'POST', `${API}/courses/${classCourse.id}/enrolment`);

    const textbooks = await seedTextbooks(luban, teacher, teacherActor, now);
    const trainingRecords = await seedTraining(luban, teacher, reviewer, now);
    await luban.deps.events.drain();
    const simulations = demoResources.filter((r) => r.type === 'virtual_simulation').length;
    return { resources: resources.size, exerciseSets: exerciseSets.size, courses: courses.size, textbooks: textbooks.length, simulations, trainingRecords, ms: Date.now() - started };
  } finally {
    for (const session of [teacher, reviewer, student]) await logOut(luban, session);
  }
}
