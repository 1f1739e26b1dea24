import type { MatrixCase, MatrixContext } from '../../../testing/authz-matrix.js';

/** Authorization-matrix cases for every /api/v1/catalog route: reads are public, writes national. */
const national = ['national_admin'] as const;
const csv = (text: string) => ({ fileName: 'matrix.csv', contentBase64: Buffer.from(text).toString('base64') });
let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;

function catalogRequest(id: string) {
  return {
    version: { id, title: `Matrix ${id}`, kind: 'edition', year: 2001, isSample: true }, // older than the sample catalog, so it never becomes the current version other modules' cases rely on
    mode: 'full',
    programs: csv(['层次,专业大类代码,专业大类名称,专业类代码,专业类名称,专业代码,专业名称', '高职专科,SAMPLE-M1,矩阵大类,SAMPLE-M101,矩阵类,SAMPLE-M10101,矩阵专业'].join('\n')),
  };
}
function referenceRequest(id: string) {
  return { set: { id, kind: 'chain', version: '1', title: `Matrix ${id}`, isSample: true }, file: csv(['代码,名称', 'SAMPLE-M-1,矩阵产业链'].join('\n')) };
}

async function withFingerprint(ctx: MatrixContext, url: string, body: Record<string, unknown>) {
  const admin = await ctx.t.login('demo.national');
  const preview = await ctx.t.request({ method: 'POST', url, session: admin, body });
  return { ...body, fingerprint: (preview.json() as { fingerprint: string }).fingerprint };
}

export const catalogMatrixCases: MatrixCase[] = [
  { route: 'GET /api/v1/catalog/versions', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/catalog/versions' }) },
  { route: 'GET /api/v1/catalog/versions/:versionId', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/catalog/versions/SAMPLE-2021' }) },
  { route: 'GET /api/v1/catalog/versions/:versionId/categories', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/catalog/versions/SAMPLE-2021/categories?level=higher' }) },
  { route: 'GET /api/v1/catalog/versions/:versionId/programs', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/catalog/versions/SAMPLE-2021/programs?limit=5' }) },
  { route: 'GET /api/v1/catalog/versions/:versionId/programs/:code', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/catalog/versions/SAMPLE-2021/programs/SAMPLE-H010101' }) },
  { route: 'GET /api/v1/catalog/versions/:versionId/revisions', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/catalog/versions/SAMPLE-2024S/revisions' }) },
  { route: 'GET /api/v1/catalog/versions/:versionId/amplitude', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/catalog/versions/SAMPLE-2024S/amplitude?level=higher' }) },
  { route: 'GET /api/v1/catalog/follow', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/catalog/follow?code=SAMPLE-H020201&from=SAMPLE-2021&to=SAMPLE-2024S' }) },
  { route: 'GET /api/v1/catalog/reference-sets', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/catalog/reference-sets' }) },
  { route: 'GET /api/v1/catalog/reference-sets/:setId/items', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/catalog/reference-sets/SAMPLE-CHAINS/items' }) },
  { route: 'GET /api/v1/catalog/imports/template', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/catalog/imports/template?format=csv' }) },
  { route: 'POST /api/v1/catalog/imports/preview', allow: national, request: () => ({ method: 'POST', url: '/api/v1/catalog/imports/preview', body: catalogRequest(unique('M')) }) },
  {
    route: 'POST /api/v1/catalog/imports',
    allow: national,
    request: async (ctx) => ({ method: 'POST', url: '/api/v1/catalog/imports', body: await withFingerprint(ctx, '/api/v1/catalog/imports/preview', catalogRequest(unique('M'))) }),
  },
  { route: 'POST /api/v1/catalog/reference-sets/imports/preview', allow: national, request: () => ({ method: 'POST', url: '/api/v1/catalog/reference-sets/imports/preview', body: referenceRequest(unique('R')) }) },
  {
    route: 'POST /api/v1/catalog/reference-sets/imports',
    allow: national,
    request: async (ctx) => ({ method: 'POST', url: '/api/v1/catalog/reference-sets/imports', body: await withFingerprint(ctx, '/api/v1/catalog/reference-sets/imports/preview', referenceRequest(unique('R'))) }),
  },
  {
    route: 'PUT /api/v1/catalog/versions/:versionId/programs/:code/classifications',
    allow: national,
    request: () => ({ method: 'PUT', url: '/api/v1/catalog/versions/SAMPLE-2021/programs/SAMPLE-H040101/classifications', body: { items: [{ setId: 'SAMPLE-GBT4754-SECTIONS', itemCode: 'G' }] } }),
  },
];
