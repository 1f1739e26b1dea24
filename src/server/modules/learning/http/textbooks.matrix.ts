import type { MatrixActor, MatrixCase, MatrixContext } from '../../../testing/authz-matrix.js';
import type { Session, TestLuban } from '../../../testing/test-luban.js';
import { samplePdf, uploadFile } from './learning-test-client.js';
import { createTextbook, publishedTextbook, recordTraining, sampleChapters } from './textbooks-test-client.js';

/** Authorization-matrix cases for /api/v1/learning/textbooks… and /api/v1/learning/training…. */
type Fixtures = { teacher: Session; textbookId: string; chapterId: string; evidenceRecordId: string };
const fixtures = new WeakMap<TestLuban, Promise<Fixtures>>();

function fixturesOf(t: TestLuban): Promise<Fixtures> {
  let existing = fixtures.get(t);
  if (!existing) {
    existing = (async () => {
      const teacher = await t.login('demo.teacher');
      const book = await publishedTextbook(t, teacher, { isbn: undefined });
      const evidence = await uploadFile(t, teacher, { resourceType: 'document', fileName: 'evidence.pdf', mimeType: 'application/pdf', bytes: samplePdf });
      const evidenceRecordId = await recordTraining(t, teacher, { evidenceUploadId: evidence });
      return { teacher, textbookId: book.id, chapterId: book.toc[0]?.id ?? '', evidenceRecordId };
    })();
    fixtures.set(t, existing);
  }
  return existing;
}

/** A college-only draft of demo.teacher's (college DEMO-GD-01). */
async function freshDraft(ctx: MatrixContext, withChapters = false): Promise<string> {
  const { teacher } = await fixturesOf(ctx.t);
  const draft = await createTextbook(ctx.t, teacher, { isbn: undefined, audience: 'college' });
  if (withChapters) await ctx.t.request({ method: 'PUT', url: `/api/v1/learning/textbooks/${draft.id}/chapters`, session: teacher, body: sampleChapters });
  return draft.id;
}

const managers = ['national_admin', 'province_admin', 'province_admin@other', 'college_admin', 'college_admin@other', 'teacher', 'teacher@other', 'auditor', 'auditor@province'] as const satisfies readonly MatrixActor[];
const teachers = ['teacher', 'teacher@other'] as const satisfies readonly MatrixActor[];

export const textbookMatrixCases: MatrixCase[] = [
  { route: 'GET /api/v1/learning/textbooks/revision-age', allow: managers, request: () => ({ method: 'GET', url: '/api/v1/learning/textbooks/revision-age' }) },
  { route: 'GET /api/v1/learning/textbooks/revision-targets', allow: managers, request: () => ({ method: 'GET', url: '/api/v1/learning/textbooks/revision-targets' }) },
  { route: 'PUT /api/v1/learning/textbooks/revision-targets', allow: ['national_admin'], request: () => ({ method: 'PUT', url: '/api/v1/learning/textbooks/revision-targets', body: { core_course: 3 } }) },
  { route: 'POST /api/v1/learning/textbooks', allow: teachers, request: () => ({ method: 'POST', url: '/api/v1/learning/textbooks', body: { title: { en: 'Matrix textbook' }, publisher: 'Matrix', authors: ['M'], level: 'higher', edition: { publishedOn: '2026-01-01' } } }) },
  { route: 'GET /api/v1/learning/textbooks', allow: 'everyone-signed-in', request: () => ({ method: 'GET', url: '/api/v1/learning/textbooks' }) },
  { route: 'GET /api/v1/learning/textbooks/:id', allow: 'everyone-signed-in', request: async (ctx) => ({ method: 'GET', url: `/api/v1/learning/textbooks/${(await fixturesOf(ctx.t)).textbookId}` }) },
  { route: 'PATCH /api/v1/learning/textbooks/:id', allow: ['teacher'], request: async (ctx) => ({ method: 'PATCH', url: `/api/v1/learning/textbooks/${await freshDraft(ctx)}`, body: { publisher: 'Matrix press' } }) },
  { route: 'GET /api/v1/learning/textbooks/:id/chapters', allow: ['teacher'], request: async (ctx) => ({ method: 'GET', url: `/api/v1/learning/textbooks/${await freshDraft(ctx, true)}/chapters` }) },
  { route: 'PUT /api/v1/learning/textbooks/:id/chapters', allow: ['teacher'], request: async (ctx) => ({ method: 'PUT', url: `/api/v1/learning/textbooks/${await freshDraft(ctx)}/chapters`, body: sampleChapters }) },
  { route: 'POST /api/v1/learning/textbooks/:id/editions', allow: ['teacher'], request: async (ctx) => ({ method: 'POST', url: `/api/v1/learning/textbooks/${await freshDraft(ctx)}/editions`, body: { number: 2, publishedOn: '2026-06-01', changeNotes: 'matrix' } }) },
  { route: 'POST /api/v1/learning/textbooks/:id/publish', allow: ['teacher'], request: async (ctx) => ({ method: 'POST', url: `/api/v1/learning/textbooks/${await freshDraft(ctx, true)}/publish` }) },
  {
    route: 'GET /api/v1/learning/textbooks/:id/chapters/:chapterId',
    allow: 'everyone-signed-in',
    request: async (ctx) => {
      const { textbookId, chapterId } = await fixturesOf(ctx.t);
      return { method: 'GET', url: `/api/v1/learning/textbooks/${textbookId}/chapters/${chapterId}` };
    },
  },
  { route: 'POST /api/v1/learning/training/records', allow: teachers, request: () => ({ method: 'POST', url: '/api/v1/learning/training/records', body: { title: 'Matrix', provider: 'M', category: 'other', startDate: '2026-01-01', endDate: '2026-01-01', hours: 2 } }) },
  { route: 'GET /api/v1/learning/training/records', allow: teachers, request: () => ({ method: 'GET', url: '/api/v1/learning/training/records?view=mine' }) },
  {
    route: 'POST /api/v1/learning/training/records/:id/review',
    allow: ['college_admin'],
    request: async (ctx) => ({ method: 'POST', url: `/api/v1/learning/training/records/${await recordTraining(ctx.t, (await fixturesOf(ctx.t)).teacher)}/review`, body: { decision: 'approve' } }),
  },
  { route: 'GET /api/v1/learning/training/records/:id/evidence', allow: ['college_admin'], request: async (ctx) => ({ method: 'GET', url: `/api/v1/learning/training/records/${(await fixturesOf(ctx.t)).evidenceRecordId}/evidence` }) },
  { route: 'GET /api/v1/learning/training/summary', allow: teachers, request: () => ({ method: 'GET', url: '/api/v1/learning/training/summary' }) },
];
