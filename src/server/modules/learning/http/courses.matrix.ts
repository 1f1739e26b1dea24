import type { MatrixActor, MatrixCase, MatrixContext } from '../../../testing/authz-matrix.js';
import type { Session, TestLuban } from '../../../testing/test-luban.js';
import { createCourse, createExerciseSet, publishCourse } from './courses-test-client.js';
import { publishResource } from './learning-test-client.js';

/** Authorization-matrix cases for every /api/v1/learning/courses route. */
const teachers = ['teacher', 'teacher@other'] as const;
const rosterKeepers = ['teacher', 'teacher@other', 'college_admin', 'college_admin@other'] as const;

type Fixtures = { teacher: Session; course: { id: string; resourceItemId: string; exerciseItemId: string }; exerciseSetId: string; classId: string };
const fixtures = new WeakMap<TestLuban, Promise<Fixtures>>();

/** A published open course by demo.teacher (college DEMO-GD-01) with a public resource and an exercise set. */
function fixturesOf(t: TestLuban): Promise<Fixtures> {
  let existing = fixtures.get(t);
  if (!existing) {
    existing = (async () => {
      const teacher = await t.login('demo.teacher');
      const reviewer = await t.login('demo.college');
      const resourceId = await publishResource(t, teacher, reviewer, { title: { 'zh-CN': '矩阵课程资源', en: 'Matrix course resource' }, audience: 'public' });
      const exerciseSetId = await createExerciseSet(t, teacher);
      const published = await publishCourse(t, teacher, { title: { 'zh-CN': '矩阵课程', en: 'Matrix course' }, resourceId, exerciseSetId });
      const [resourceItem, exerciseItem] = published.units[0]?.items ?? [];
      const created = await t.request({ method: 'POST', url: '/api/v1/learning/courses/classes', session: teacher, body: { name: 'Matrix class' } });
      return { teacher, exerciseSetId, classId: created.json<{ id: string }>().id, course: { id: published.id, resourceItemId: resourceItem?.id ?? '', exerciseItemId: exerciseItem?.id ?? '' } };
    })();
    fixtures.set(t, existing);
  }
  return existing;
}

/** A draft course of the actor's own when the actor is a teacher (only authors edit), else demo.teacher's. */
async function courseFor(ctx: MatrixContext, actor: MatrixActor): Promise<string> {
  const own = (teachers as readonly string[]).includes(actor) ? ctx.session(actor) : undefined;
  const session = own ?? (await fixturesOf(ctx.t)).teacher;
  const course = await createCourse(ctx.t, session, { title: { en: `Matrix draft ${actor}` } });
  await ctx.t.request({ method: 'POST', url: `/api/v1/learning/courses/${course.id}/structure`, session, body: { operations: [{ op: 'addUnit', title: { en: 'U' } }] } });
  return course.id;
}

async function exerciseSetFor(ctx: MatrixContext, actor: MatrixActor): Promise<string> {
  const own = (teachers as readonly string[]).includes(actor) ? ctx.session(actor) : undefined;
  return own ? createExerciseSet(ctx.t, own) : (await fixturesOf(ctx.t)).exerciseSetId;
}

/** The fixture course, with the actor enrolled (so item routes reach their own checks). */
async function enrolled(ctx: MatrixContext, actor: MatrixActor): Promise<Fixtures['course']> {
  const { course } = await fixturesOf(ctx.t);
  const session = ctx.session(actor);
  if (session) await ctx.t.request({ method: 'POST', url: `/api/v1/learning/courses/${course.id}/enrolment`, session });
  return course;
}

const base = '/api/v1/learning/courses';

export const courseMatrixCases: MatrixCase[] = [
  { route: `POST ${base}`, allow: teachers, request: () => ({ method: 'POST', url: base, body: { title: { en: 'Matrix new course' } } }) },
  { route: `GET ${base}`, allow: 'everyone-signed-in', request: () => ({ method: 'GET', url: `${base}?view=open` }) },
  { route: `GET ${base}/:id`, allow: 'everyone-signed-in', request: async (ctx) => ({ method: 'GET', url: `${base}/${(await fixturesOf(ctx.t)).course.id}` }) },
  { route: `PATCH ${base}/:id`, allow: teachers, request: async (ctx, actor) => ({ method: 'PATCH', url: `${base}/${await courseFor(ctx, actor)}`, body: { isCore: true } }) },
  {
    route: `POST ${base}/:id/structure`,
    allow: teachers,
    request: async (ctx, actor) => ({ method: 'POST', url: `${base}/${await courseFor(ctx, actor)}/structure`, body: { operations: [{ op: 'addUnit', title: { en: 'Matrix unit' } }] } }),
  },
  {
    route: `POST ${base}/:id/publish`,
    allow: teachers,
    request: async (ctx, actor) => ({ method: 'POST', url: `${base}/${await courseFor(ctx, actor)}/publish` }),
  },
  { route: `PUT ${base}/:id/fine`, allow: ['national_admin', 'college_admin'], request: async (ctx) => ({ method: 'PUT', url: `${base}/${(await fixturesOf(ctx.t)).course.id}/fine`, body: { isFine: true } }) },
  { route: `POST ${base}/:id/enrolment`, allow: 'everyone-signed-in', request: async (ctx) => ({ method: 'POST', url: `${base}/${(await fixturesOf(ctx.t)).course.id}/enrolment` }) },
  { route: `GET ${base}/:id/progress`, allow: 'everyone-signed-in', request: async (ctx) => ({ method: 'GET', url: `${base}/${(await fixturesOf(ctx.t)).course.id}/progress` }) },
  {
    route: `POST ${base}/:id/items/:itemId/launch`,
    allow: 'everyone-signed-in',
    request: async (ctx, actor) => {
      const course = await enrolled(ctx, actor);
      return { method: 'POST', url: `${base}/${course.id}/items/${course.resourceItemId}/launch` };
    },
  },
  {
    route: `PUT ${base}/:id/items/:itemId/progress`,
    allow: 'everyone-signed-in',
    request: async (ctx, actor) => {
      const course = await enrolled(ctx, actor);
      return { method: 'PUT', url: `${base}/${course.id}/items/${course.resourceItemId}/progress`, body: { position: 3 } };
    },
  },
  {
    route: `GET ${base}/:id/items/:itemId/exercises`,
    allow: 'everyone-signed-in',
    request: async (ctx, actor) => {
      const course = await enrolled(ctx, actor);
      return { method: 'GET', url: `${base}/${course.id}/items/${course.exerciseItemId}/exercises` };
    },
  },
  {
    route: `POST ${base}/:id/items/:itemId/attempts`,
    allow: 'everyone-signed-in',
    request: async (ctx, actor) => {
      const course = await enrolled(ctx, actor);
      return { method: 'POST', url: `${base}/${course.id}/items/${course.exerciseItemId}/attempts` };
    },
  },
  {
    route: `POST ${base}/:id/items/:itemId/answers`,
    allow: 'everyone-signed-in',
    request: async (ctx, actor) => {
      const course = await enrolled(ctx, actor);
      return { method: 'POST', url: `${base}/${course.id}/items/${course.exerciseItemId}/answers`, body: { exerciseId: '00000000-0000-4000-8000-000000000000', response: ['a'] } };
    },
  },
  { route: `POST ${base}/exercise-sets`, allow: teachers, request: () => ({ method: 'POST', url: `${base}/exercise-sets`, body: { title: { en: 'Matrix set' }, items: [{ kind: 'fill_in', prompt: { en: 'G-code for a straight cut?' }, answer: ['G01'] }] } }) },
  { route: `GET ${base}/exercise-sets`, allow: teachers, request: () => ({ method: 'GET', url: `${base}/exercise-sets` }) },
  { route: `GET ${base}/exercise-sets/:id`, allow: teachers, request: async (ctx, actor) => ({ method: 'GET', url: `${base}/exercise-sets/${await exerciseSetFor(ctx, actor)}` }) },
  { route: `POST ${base}/classes`, allow: rosterKeepers, request: () => ({ method: 'POST', url: `${base}/classes`, body: { name: 'Matrix roster' } }) },
  { route: `GET ${base}/classes`, allow: rosterKeepers, request: () => ({ method: 'GET', url: `${base}/classes` }) },
  { route: `PUT ${base}/classes/:id/members`, allow: ['teacher', 'college_admin'], request: async (ctx) => ({ method: 'PUT', url: `${base}/classes/${(await fixturesOf(ctx.t)).classId}/members`, body: { memberIds: [] } }) },
];
