import type { MatrixActor, MatrixCase, MatrixContext } from '../../../testing/authz-matrix.js';

/** Authorization-matrix cases for the college-admin routes under /api/v1/institutions. */
const readersOfOwnCollege: MatrixActor[] = ['national_admin', 'province_admin', 'college_admin', 'teacher', 'auditor', 'auditor@province'];
// a made-up 10-digit code in province 440000: national imports it first, so the own province admin updates it
const importRequest = {
  file: { fileName: 'matrix.csv', contentBase64: Buffer.from(['学校标识码,学校名称,省份,所在地,办学层次', '9999800001,矩阵测试职业学院,广东省,广州市,高职专科'].join('\n')).toString('base64') },
};

async function withFingerprint(ctx: MatrixContext) {
  const admin = await ctx.t.login('demo.national');
  const preview = await ctx.t.request({ method: 'POST', url: '/api/v1/institutions/imports/preview', session: admin, body: importRequest });
  return { ...importRequest, fingerprint: (preview.json() as { fingerprint: string }).fingerprint };
}

export const institutionsMatrixCases: MatrixCase[] = [
  { route: 'GET /api/v1/institutions/colleges/:id', allow: readersOfOwnCollege, request: () => ({ method: 'GET', url: '/api/v1/institutions/colleges/DEMO-GD-01' }) },
  {
    route: 'PUT /api/v1/institutions/colleges/:id/double-high',
    allow: ['national_admin'],
    request: () => ({ method: 'PUT', url: '/api/v1/institutions/colleges/DEMO-GD-01/double-high', body: { memberships: [{ round: '2025', kind: 'school', tier: 'A' }] } }),
  },
  { route: 'GET /api/v1/institutions/imports/template', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/institutions/imports/template?format=csv' }) },
  // any province administrator may preview: rows outside their province come back as issues
  {
    route: 'POST /api/v1/institutions/imports/preview',
    allow: ['national_admin', 'province_admin', 'province_admin@other'],
    request: () => ({ method: 'POST', url: '/api/v1/institutions/imports/preview', body: importRequest }),
  },
  { route: 'POST /api/v1/institutions/imports', allow: ['national_admin', 'province_admin'], request: async (ctx) => ({ method: 'POST', url: '/api/v1/institutions/imports', body: await withFingerprint(ctx) }) },
];
