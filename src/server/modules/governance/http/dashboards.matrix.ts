import type { MatrixActor, MatrixCase, MatrixContext } from '../../../testing/authz-matrix.js';
import { dashboardChartSchema, dashboardPaths } from '../../../../shared/contracts/governance/dashboards.js';

/** Authorization-matrix cases for the dashboards, industry data, public information and (no /api) open data. */
const provinceReaders: MatrixActor[] = ['national_admin', 'province_admin', 'auditor', 'auditor@province'];
const collegeReaders: MatrixActor[] = [...provinceReaders, 'college_admin'];
const everyReader: MatrixActor[] = ['national_admin', 'province_admin', 'province_admin@other', 'college_admin', 'college_admin@other', 'auditor', 'auditor@province'];

const csv = ['地区代码,年份,行业门类代码,就业人数（万人）', '440000,2024,C,1234.5', '440000,2024,I,210'].join('\n');
const importRequest = { file: { fileName: 'industry.csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64') }, source: 'matrix test', isSample: true };

async function withFingerprint(ctx: MatrixContext) {
  const admin = await ctx.t.login('demo.national');
  const preview = await ctx.t.request({ method: 'POST', url: '/api/v1/governance/industry-data/imports/preview', session: admin, body: importRequest });
  return { ...importRequest, fingerprint: (preview.json() as { fingerprint: string }).fingerprint };
}

const chartCases: MatrixCase[] = dashboardChartSchema.options.map((chart) => ({
  route: `GET /api/v1/governance${dashboardPaths[chart]}`,
  // the breakdown of one college: its college administrator too; the others ask for province 440000
  allow: chart === 'breakdown' ? collegeReaders : provinceReaders,
  request: () => ({ method: 'GET', url: `/api/v1/governance${dashboardPaths[chart]}?${chart === 'breakdown' ? 'college=DEMO-GD-01' : 'province=440000'}` }),
}));

export const dashboardsMatrixCases: MatrixCase[] = [
  ...chartCases,
  { route: 'GET /api/v1/governance/dashboards/:chart/export', allow: collegeReaders, request: () => ({ method: 'GET', url: '/api/v1/governance/dashboards/trends/export?college=DEMO-GD-01' }) },
  { route: 'GET /api/v1/governance/industry-data', allow: everyReader, request: () => ({ method: 'GET', url: '/api/v1/governance/industry-data' }) },
  { route: 'GET /api/v1/governance/industry-data/imports/template', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/governance/industry-data/imports/template?format=csv' }) },
  // any importer may preview: rows outside their province come back as issues
  { route: 'POST /api/v1/governance/industry-data/imports/preview', allow: ['national_admin', 'province_admin', 'province_admin@other'], request: () => ({ method: 'POST', url: '/api/v1/governance/industry-data/imports/preview', body: importRequest }) },
  { route: 'POST /api/v1/governance/industry-data/imports', allow: ['national_admin', 'province_admin'], request: async (ctx) => ({ method: 'POST', url: '/api/v1/governance/industry-data/imports', body: await withFingerprint(ctx) }) },
  { route: 'GET /api/v1/public/meta', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/public/meta' }) },
  { route: 'GET /api/v1/public/programs', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/public/programs?region=440000' }) },
  { route: 'GET /api/v1/public/programs/:code/offerings', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/public/programs/SAMPLE-H010101/offerings' }) },
  { route: 'GET /api/v1/public/offerings/:id', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/public/offerings/DEMO-GD-01:SAMPLE-H010101' }) },
  { route: 'GET /api/v1/public/compare', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/public/compare?ids=DEMO-GD-01:SAMPLE-H010101' }) },
  { route: 'GET /open-data/v1/offerings', allow: 'public', request: () => ({ method: 'GET', url: '/open-data/v1/offerings?format=csv' }) },
  { route: 'GET /open-data/v1/programs', allow: 'public', request: () => ({ method: 'GET', url: '/open-data/v1/programs' }) },
];
