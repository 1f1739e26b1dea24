import { systemActor } from '../../../platform/authz/actor.js';
import type { MatrixCase, MatrixContext } from '../../../testing/authz-matrix.js';
import { goodRow, indicatorCsv } from './indicator-rules.test-support.js';

/** Authorization-matrix cases for the indicator, rule-pack and rule-run routes. */
const importers = ['national_admin', 'province_admin', 'province_admin@other', 'college_admin', 'college_admin@other'] as const;
const readers = ['national_admin', 'province_admin', 'province_admin@other', 'college_admin', 'college_admin@other', 'auditor', 'auditor@province'] as const;
const runReaders = ['national_admin', 'province_admin', 'province_admin@other', 'auditor', 'auditor@province'] as const;
const nationalOnly = ['national_admin'] as const;

// no planned places: valid whether or not the offering was recorded
const file = () => indicatorCsv([goodRow('DEMO-GD-01', 'SAMPLE-H010101', 2025, { plannedPlaces: '0', entrants: '0' })], 'matrix.csv');

async function withPreviewId(ctx: MatrixContext) {
  const admin = await ctx.t.login('demo.national');
  const body = { file: file() };
  const preview = await ctx.t.request({ method: 'POST', url: '/api/v1/governance/indicators/imports/preview', session: admin, body });
  return { ...body, previewId: (preview.json() as { previewId: string }).previewId };
}

async function nationalPackBody(ctx: MatrixContext) {
  const admin = await ctx.t.login('demo.national');
  const detail = (await ctx.t.request({ method: 'GET', url: '/api/v1/governance/rule-packs/cn-national', session: admin })).json() as { definition: unknown };
  return { pack: detail.definition };
}

let runId: string | undefined;
async function aRun(ctx: MatrixContext): Promise<string> {
  runId ??= (await ctx.t.governance.api.runRules(systemActor('matrix'), { scope: 'province:440000', year: 2025 })).id;
  return runId;
}

export const indicatorRuleMatrixCases: MatrixCase[] = [
  { route: 'GET /api/v1/governance/indicators/template', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/governance/indicators/template?format=csv' }) },
  { route: 'POST /api/v1/governance/indicators/imports/preview', allow: importers, request: () => ({ method: 'POST', url: '/api/v1/governance/indicators/imports/preview', body: { file: file() } }) },
  // the @other administrators preview fine but may not commit rows outside their scope
  { route: 'POST /api/v1/governance/indicators/imports', allow: ['national_admin', 'province_admin', 'college_admin'], request: async (ctx) => ({ method: 'POST', url: '/api/v1/governance/indicators/imports', body: await withPreviewId(ctx) }) },
  { route: 'GET /api/v1/governance/indicators', allow: readers, request: () => ({ method: 'GET', url: '/api/v1/governance/indicators?limit=5' }) },
  { route: 'GET /api/v1/governance/rule-packs', allow: readers, request: () => ({ method: 'GET', url: '/api/v1/governance/rule-packs' }) },
  { route: 'GET /api/v1/governance/rule-packs/:id', allow: readers, request: () => ({ method: 'GET', url: '/api/v1/governance/rule-packs/cn-national' }) },
  { route: 'GET /api/v1/governance/rule-packs/:id/versions', allow: readers, request: () => ({ method: 'GET', url: '/api/v1/governance/rule-packs/cn-national/versions' }) },
  { route: 'GET /api/v1/governance/rule-packs/:id/versions/:number', allow: readers, request: () => ({ method: 'GET', url: '/api/v1/governance/rule-packs/cn-national/versions/1' }) },
  { route: 'POST /api/v1/governance/rule-packs/:id/versions', allow: nationalOnly, request: async (ctx) => ({ method: 'POST', url: '/api/v1/governance/rule-packs/cn-national/versions', body: await nationalPackBody(ctx) }) },
  { route: 'POST /api/v1/governance/rule-packs/:id/versions/:number/deactivate', allow: nationalOnly, request: () => ({ method: 'POST', url: '/api/v1/governance/rule-packs/cn-national/versions/2/deactivate' }) },
  { route: 'POST /api/v1/governance/rule-packs/:id/versions/:number/activate', allow: nationalOnly, request: () => ({ method: 'POST', url: '/api/v1/governance/rule-packs/cn-national/versions/1/activate' }) },
  { route: 'POST /api/v1/governance/rule-runs', allow: ['national_admin', 'province_admin'], request: () => ({ method: 'POST', url: '/api/v1/governance/rule-runs', body: { scope: 'province:440000', year: 2025 } }) },
  { route: 'GET /api/v1/governance/rule-runs', allow: runReaders, request: () => ({ method: 'GET', url: '/api/v1/governance/rule-runs' }) },
  // a run of province 440000 is "not found" for the other province: an allowed, empty answer, not a denial
  { route: 'GET /api/v1/governance/rule-runs/:id', allow: runReaders, request: async (ctx) => ({ method: 'GET', url: `/api/v1/governance/rule-runs/${await aRun(ctx)}` }) },
];
