import type { MatrixActor, MatrixCase, MatrixContext } from '../../../testing/authz-matrix.js';
import type { TestLuban } from '../../../testing/test-luban.js';
import { launch, publishSimulation } from './simulation-test-client.js';

/** Authorization-matrix cases for every /api/v1/learning/simulations route (the summary: the simulation's own author, its provider's reviewers and national admins; the matrix teacher is another teacher). */
const simulations = new WeakMap<TestLuban, Promise<string>>();

/** A public simulation by demo.teacher (college DEMO-GD-01), published by the college reviewer. */
function simulationOf(t: TestLuban): Promise<string> {
  let existing = simulations.get(t);
  if (!existing) {
    existing = (async () => publishSimulation(t, await t.login('demo.teacher'), await t.login('demo.college'), { title: { 'zh-CN': '矩阵仿真', en: 'Matrix simulation' } }))();
    simulations.set(t, existing);
  }
  return existing;
}

/** The actor's own launch of the fixture simulation (reports are the launching learner's only). */
async function ownLaunch(ctx: MatrixContext, actor: MatrixActor) {
  const session = ctx.session(actor);
  const resourceId = await simulationOf(ctx.t);
  return session ? launch(ctx.t, session, resourceId) : { attempt: { id: '00000000-0000-4000-8000-000000000000' }, token: 'x'.repeat(43) };
}

const base = '/api/v1/learning/simulations';

export const simulationMatrixCases: MatrixCase[] = [
  { route: `GET ${base}`, allow: 'everyone-signed-in', request: () => ({ method: 'GET', url: base }) },
  { route: `GET ${base}/attempts`, allow: 'everyone-signed-in', request: () => ({ method: 'GET', url: `${base}/attempts` }) },
  { route: `POST ${base}/:resourceId/launches`, allow: 'everyone-signed-in', request: async (ctx) => ({ method: 'POST', url: `${base}/${await simulationOf(ctx.t)}/launches`, body: {} }) },
  {
    route: `POST ${base}/attempts/:attemptId/events`,
    allow: 'everyone-signed-in',
    request: async (ctx, actor) => {
      const launched = await ownLaunch(ctx, actor);
      return { method: 'POST', url: `${base}/attempts/${launched.attempt.id}/events`, body: { token: launched.token, events: [{ kind: 'start' }] } };
    },
  },
  { route: `GET ${base}/:resourceId/attempts/summary`, allow: ['college_admin', 'national_admin'], request: async (ctx) => ({ method: 'GET', url: `${base}/${await simulationOf(ctx.t)}/attempts/summary` }) },
];
