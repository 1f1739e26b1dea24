import type { MatrixActor, MatrixCase, MatrixContext } from '../../../testing/authz-matrix.js';
import type { Session, TestLuban } from '../../../testing/test-luban.js';
import { createResource, publishResource, samplePdf, uploadFile } from './learning-test-client.js';

/** Authorization-matrix cases for every /api/v1/learning route. */
const authors = ['teacher', 'teacher@other', 'enterprise'] as const;
const reviewersOfOwn = ['national_admin', 'college_admin', 'enterprise'] as const;

type Fixtures = { teacher: Session; reviewer: Session; published: string; h5: string };
const fixtures = new WeakMap<TestLuban, Promise<Fixtures>>();

/** Published by demo.teacher (college DEMO-GD-01), co-built with enterprise DEMO-ENT-01, public. */
const coBuilt = { title: { 'zh-CN': '矩阵测试资源', en: 'Matrix resource' }, providers: ['enterprise:DEMO-ENT-01'], audience: 'public' as const };

function fixturesOf(t: TestLuban): Promise<Fixtures> {
  let existing = fixtures.get(t);
  if (!existing) {
    existing = (async () => {
      const teacher = await t.login('demo.teacher');
      const reviewer = await t.login('demo.college');
      const published = await publishResource(t, teacher, reviewer, coBuilt, await uploadFile(t, teacher, { resourceType: 'document', fileName: 'matrix.pdf', mimeType: 'application/pdf', bytes: samplePdf }));
      const page = Buffer.from('<!DOCTYPE html><title>matrix</title><p>H5</p>');
      const h5 = await publishResource(t, teacher, reviewer, { ...coBuilt, type: 'h5' }, await uploadFile(t, teacher, { resourceType: 'h5', fileName: 'matrix.html', mimeType: 'text/html', bytes: page }));
      return { teacher, reviewer, published, h5 };
    })();
    fixtures.set(t, existing);
  }
  return existing;
}

async function freshDraft(ctx: MatrixContext): Promise<string> {
  return createResource(ctx.t, (await fixturesOf(ctx.t)).teacher, coBuilt);
}

async function freshInReview(ctx: MatrixContext): Promise<string> {
  const { teacher } = await fixturesOf(ctx.t);
  const id = await createResource(ctx.t, teacher, coBuilt);
  await ctx.t.request({ method: 'POST', url: `/api/v1/learning/resources/${id}/submit`, session: teacher });
  return id;
}

async function freshPublished(ctx: MatrixContext): Promise<string> {
  const { teacher, reviewer } = await fixturesOf(ctx.t);
  return publishResource(ctx.t, teacher, reviewer, coBuilt);
}

/** An upload of the actor's own when the actor may upload, else one of demo.teacher's. */
async function uploadFor(ctx: MatrixContext, actor: MatrixActor): Promise<string> {
  const isAuthor = (authors as readonly string[]).includes(actor);
  const session = isAuthor ? ctx.session(actor) : (await fixturesOf(ctx.t)).teacher;
  const response = await ctx.t.request({ method: 'POST', url: '/api/v1/learning/uploads', session, body: { resourceType: 'document', fileName: 'm.pdf', mimeType: 'application/pdf', totalSize: samplePdf.length } });
  return response.json<{ id: string }>().id;
}

export const learningMatrixCases: MatrixCase[] = [
  { route: 'GET /api/v1/learning/search', allow: 'everyone-signed-in', request: () => ({ method: 'GET', url: '/api/v1/learning/search?q=矩阵' }) },
  {
    route: 'POST /api/v1/learning/resources',
    allow: authors,
    request: () => ({ method: 'POST', url: '/api/v1/learning/resources', body: { type: 'document', title: { en: 'Matrix draft' }, level: 'higher', language: 'en', licence: 'CC0' } }),
  },
  { route: 'GET /api/v1/learning/resources', allow: ['national_admin', 'college_admin', 'college_admin@other', 'enterprise'], request: () => ({ method: 'GET', url: '/api/v1/learning/resources?view=review' }) },
  { route: 'GET /api/v1/learning/resources/:id', allow: 'everyone-signed-in', request: async (ctx) => ({ method: 'GET', url: `/api/v1/learning/resources/${(await fixturesOf(ctx.t)).published}` }) },
  { route: 'PATCH /api/v1/learning/resources/:id', allow: ['enterprise'], request: async (ctx) => ({ method: 'PATCH', url: `/api/v1/learning/resources/${await freshPublished(ctx)}`, body: { changeNote: 'matrix' } }) },
  { route: 'POST /api/v1/learning/resources/:id/submit', allow: ['enterprise'], request: async (ctx) => ({ method: 'POST', url: `/api/v1/learning/resources/${await freshDraft(ctx)}/submit` }) },
  { route: 'POST /api/v1/learning/resources/:id/review', allow: reviewersOfOwn, request: async (ctx) => ({ method: 'POST', url: `/api/v1/learning/resources/${await freshInReview(ctx)}/review`, body: { decision: 'publish' } }) },
  { route: 'PUT /api/v1/learning/resources/:id/favourite', allow: 'everyone-signed-in', request: async (ctx) => ({ method: 'PUT', url: `/api/v1/learning/resources/${(await fixturesOf(ctx.t)).published}/favourite` }) },
  { route: 'DELETE /api/v1/learning/resources/:id/favourite', allow: 'everyone-signed-in', request: async (ctx) => ({ method: 'DELETE', url: `/api/v1/learning/resources/${(await fixturesOf(ctx.t)).published}/favourite` }) },
  { route: 'PUT /api/v1/learning/resources/:id/rating', allow: 'everyone-signed-in', request: async (ctx) => ({ method: 'PUT', url: `/api/v1/learning/resources/${(await fixturesOf(ctx.t)).published}/rating`, body: { stars: 5 } }) },
  { route: 'GET /api/v1/learning/resources/:id/file', allow: 'everyone-signed-in', request: async (ctx) => ({ method: 'GET', url: `/api/v1/learning/resources/${(await fixturesOf(ctx.t)).published}/file` }) },
  { route: 'GET /api/v1/learning/resources/:id/sandbox', allow: 'everyone-signed-in', request: async (ctx) => ({ method: 'GET', url: `/api/v1/learning/resources/${(await fixturesOf(ctx.t)).h5}/sandbox` }) },
  { route: 'POST /api/v1/learning/uploads', allow: authors, request: () => ({ method: 'POST', url: '/api/v1/learning/uploads', body: { resourceType: 'image', fileName: 'm.png', mimeType: 'image/png', totalSize: 100 } }) },
  { route: 'GET /api/v1/learning/uploads/:id', allow: authors, request: async (ctx, actor) => ({ method: 'GET', url: `/api/v1/learning/uploads/${await uploadFor(ctx, actor)}` }) },
  { route: 'PUT /api/v1/learning/uploads/:id/chunks', allow: authors, request: async (ctx, actor) => ({ method: 'PUT', url: `/api/v1/learning/uploads/${await uploadFor(ctx, actor)}/chunks?offset=0`, body: { not: 'bytes' } }) },
  { route: 'POST /api/v1/learning/uploads/:id/complete', allow: authors, request: async (ctx, actor) => ({ method: 'POST', url: `/api/v1/learning/uploads/${await uploadFor(ctx, actor)}/complete` }) },
];
