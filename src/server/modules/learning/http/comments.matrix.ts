import type { MatrixActor, MatrixCase, MatrixContext } from '../../../testing/authz-matrix.js';
import type { Session, TestLuban } from '../../../testing/test-luban.js';
import { publishResource } from './learning-test-client.js';

/**
 * Authorization-matrix cases for the comment routes. The resource is public and co-built by
 * college DEMO-GD-01 and enterprise DEMO-ENT-01, so everyone signed in may comment, and its
 * moderators are the college's administrator, the enterprise user and national administrators.
 */
const moderatorsOfOwn = ['national_admin', 'college_admin', 'enterprise'] as const;
const anyModerator = ['national_admin', 'college_admin', 'college_admin@other', 'enterprise'] as const;

/** Limits high enough for a matrix run, and a threshold no run reaches, so every case sees the comment it expects. */
const matrixSettings = { blockedTerms: ['矩阵屏蔽词'], reportThreshold: 100, commentsPerMinute: 60, commentsPerDay: 5000, reportsPerDay: 1000 };

type Fixtures = { author: Session; resource: string; comment: string };
const fixtures = new WeakMap<TestLuban, Promise<Fixtures>>();

function fixturesOf(t: TestLuban): Promise<Fixtures> {
  let existing = fixtures.get(t);
  if (!existing) {
    existing = (async () => {
      const teacher = await t.login('demo.teacher');
      const reviewer = await t.login('demo.college');
      const national = await t.login('demo.national');
      await t.request({ method: 'PUT', url: '/api/v1/learning/comments/settings', session: national, body: matrixSettings });
      const resource = await publishResource(t, teacher, reviewer, { title: { 'zh-CN': '矩阵评论资源', en: 'Matrix comments resource' }, providers: ['enterprise:DEMO-ENT-01'], audience: 'public' });
      const author = await t.login('demo.student');
      const comment = await postAs(t, author, resource, '矩阵测试评论');
      return { author, resource, comment };
    })();
    fixtures.set(t, existing);
  }
  return existing;
}

let sequence = 0;
async function postAs(t: TestLuban, session: Session, resource: string, body: string): Promise<string> {
  sequence += 1;
  const response = await t.request({ method: 'POST', url: `/api/v1/learning/resources/${resource}/comments`, session, body: { body: `${body} ${sequence}` } });
  if (response.statusCode !== 201) throw new Error(`comment refused: ${response.body}`);
  return response.json<{ id: string }>().id;
}

/** The actor's own fresh comment when it is signed in (so editing and deleting are its own), else the fixture's. */
async function ownComment(ctx: MatrixContext, actor: MatrixActor): Promise<{ resource: string; comment: string }> {
  const { resource, comment } = await fixturesOf(ctx.t);
  const session = ctx.session(actor);
  return { resource, comment: session ? await postAs(ctx.t, session, resource, `矩阵 ${actor}`) : comment };
}

/** A fresh held comment by demo.student, for moderators to decide on. */
async function freshHeld(ctx: MatrixContext): Promise<{ resource: string; comment: string }> {
  const { author, resource } = await fixturesOf(ctx.t);
  return { resource, comment: await postAs(ctx.t, author, resource, '含有矩阵屏蔽词的评论') };
}

export const commentMatrixCases: MatrixCase[] = [
  {
    route: 'GET /api/v1/learning/resources/:id/comments',
    allow: 'everyone-signed-in',
    request: async (ctx) => ({ method: 'GET', url: `/api/v1/learning/resources/${(await fixturesOf(ctx.t)).resource}/comments` }),
  },
  {
    route: 'POST /api/v1/learning/resources/:id/comments',
    allow: 'everyone-signed-in',
    request: async (ctx, actor) => ({ method: 'POST', url: `/api/v1/learning/resources/${(await fixturesOf(ctx.t)).resource}/comments`, body: { body: `矩阵发表 ${actor}` } }),
  },
  {
    route: 'PATCH /api/v1/learning/resources/:id/comments/:commentId',
    allow: 'everyone-signed-in',
    request: async (ctx, actor) => {
      const { resource, comment } = await ownComment(ctx, actor);
      return { method: 'PATCH', url: `/api/v1/learning/resources/${resource}/comments/${comment}`, body: { body: `矩阵修改 ${actor}` } };
    },
  },
  {
    route: 'DELETE /api/v1/learning/resources/:id/comments/:commentId',
    allow: 'everyone-signed-in',
    request: async (ctx, actor) => {
      const { resource, comment } = await ownComment(ctx, actor);
      return { method: 'DELETE', url: `/api/v1/learning/resources/${resource}/comments/${comment}` };
    },
  },
  {
    // demo.student wrote the fixture comment; the matrix's own student account is another user
    route: 'POST /api/v1/learning/resources/:id/comments/:commentId/report',
    allow: 'everyone-signed-in',
    request: async (ctx) => {
      const { resource, comment } = await fixturesOf(ctx.t);
      return { method: 'POST', url: `/api/v1/learning/resources/${resource}/comments/${comment}/report`, body: { reason: 'spam' } };
    },
  },
  {
    route: 'POST /api/v1/learning/resources/:id/comments/:commentId/moderation',
    allow: moderatorsOfOwn,
    request: async (ctx) => {
      const { resource, comment } = await freshHeld(ctx);
      return { method: 'POST', url: `/api/v1/learning/resources/${resource}/comments/${comment}/moderation`, body: { decision: 'approve' } };
    },
  },
  { route: 'GET /api/v1/learning/comments/moderation', allow: anyModerator, request: () => ({ method: 'GET', url: '/api/v1/learning/comments/moderation' }) },
  { route: 'GET /api/v1/learning/comments/settings', allow: anyModerator, request: () => ({ method: 'GET', url: '/api/v1/learning/comments/settings' }) },
  { route: 'PUT /api/v1/learning/comments/settings', allow: ['national_admin'], request: () => ({ method: 'PUT', url: '/api/v1/learning/comments/settings', body: matrixSettings }) },
];
