import type { MatrixActor, MatrixCase, MatrixContext, MatrixRequest } from '../../../testing/authz-matrix.js';
import type { Session, TestLuban } from '../../../testing/test-luban.js';

/** Authorization-matrix cases for offerings, filings, warnings and notifications under /api/v1/governance. */
const YEAR = 2040;
const base = '/api/v1/governance';
const justification = '矩阵测试：本地产业调研显示该专业人才需求持续增长，校企合作企业承诺提供实训岗位。Matrix test justification.';

const listers: MatrixActor[] = ['national_admin', 'province_admin', 'province_admin@other', 'college_admin', 'college_admin@other', 'auditor', 'auditor@province'];
const ownReaders: MatrixActor[] = ['national_admin', 'province_admin', 'college_admin', 'auditor', 'auditor@province'];
// every signed-in user reads the notifications addressed to them (their comments' outcomes); administrators also their scopes'
const notificationReaders: MatrixActor[] = ['national_admin', 'province_admin', 'province_admin@other', 'college_admin', 'college_admin@other', 'teacher', 'teacher@other', 'student', 'enterprise', 'workshop_partner', 'auditor', 'auditor@province'];

type Prepared = { submitted: string; forwarded: string; returned: string; warning: string; notification: string };
const prepared = new WeakMap<TestLuban, Promise<Prepared>>();

async function send(t: TestLuban, session: Session, method: 'GET' | 'POST', url: string, body?: unknown): Promise<{ id: string; items?: { id: string; kind?: string; status?: string; entityId?: string }[] }> {
  const response = await t.request({ method, url: `${base}${url}`, session, body });
  if (response.statusCode >= 300) throw new Error(`matrix setup ${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** Drafts an item at DEMO-GD-01 as `new`, or as `adjusted` when the college already offers the program. */
async function draft(t: TestLuban, college: Session, national: Session, programCode: string): Promise<string> {
  const offerings = await send(t, national, 'GET', `/offerings?college=DEMO-GD-01&program=${programCode}&year=${YEAR}`);
  const status = offerings.items?.[0]?.status;
  const kind = status === undefined || status === 'withdrawn' ? 'new' : 'adjusted';
  return (await send(t, college, 'POST', '/filing-items', { collegeId: 'DEMO-GD-01', year: YEAR, programCode, kind, justification })).id;
}

/** One cycle, items in each state the actions need, a warning and a notification; made once per test app. */
async function prepare(t: TestLuban): Promise<Prepared> {
  const national = await t.login('demo.national');
  const province = await t.login('demo.province');
  const college = await t.login('demo.college');
  await send(t, national, 'POST', '/filing-cycles', { year: YEAR });
  const submitted = await draft(t, college, national, 'SAMPLE-H070101');
  await send(t, college, 'POST', `/filing-items/${submitted}/submit`);
  const forwarded = await draft(t, college, national, 'SAMPLE-H050101');
  await send(t, college, 'POST', `/filing-items/${forwarded}/submit`);
  await send(t, province, 'POST', `/filing-items/${forwarded}/forward`, { regulatorOpinion: '卫生健康委同意（矩阵测试）' });
  const returned = await draft(t, college, national, 'SAMPLE-H030101');
  await send(t, college, 'POST', `/filing-items/${returned}/submit`);
  await send(t, province, 'POST', `/filing-items/${returned}/return`, { reason: '请补充调研（矩阵测试）' });
  const warning = (await send(t, national, 'POST', '/warnings', { collegeId: 'DEMO-GD-01', year: YEAR, severity: 'notice', action: 'review', reason: '矩阵测试预警' })).id;
  const notifications = await send(t, college, 'GET', '/notifications?limit=200');
  const notification = notifications.items?.find((n) => n.entityId === returned)?.id;
  if (!notification) throw new Error('matrix setup: the return made no notification');
  return { submitted, forwarded, returned, warning, notification };
}

const ready = (ctx: MatrixContext): Promise<Prepared> => {
  let promise = prepared.get(ctx.t);
  if (!promise) {
    promise = prepare(ctx.t);
    prepared.set(ctx.t, promise);
  }
  return promise;
};

/** A request that needs the prepared cycle but no particular item. */
const afterSetup = (request: MatrixRequest) => async (ctx: MatrixContext): Promise<MatrixRequest> => {
  await ready(ctx);
  return request;
};

const itemAction = (path: string, allow: MatrixActor[], item: keyof Prepared, body: unknown): MatrixCase => ({
  route: `POST ${base}/filing-items/:id/${path}`,
  allow,
  request: async (ctx) => ({ method: 'POST', url: `${base}/filing-items/${(await ready(ctx))[item]}/${path}`, body }),
});

const warningAction = (path: string, allow: MatrixActor[], body: unknown): MatrixCase => ({
  route: `POST ${base}/warnings/:id/${path}`,
  allow,
  request: async (ctx) => ({ method: 'POST', url: `${base}/warnings/${(await ready(ctx)).warning}/${path}`, body }),
});

export const governanceMatrixCases: MatrixCase[] = [
  { route: `GET ${base}/offerings`, allow: listers, request: () => ({ method: 'GET', url: `${base}/offerings?year=${YEAR}` }) },
  { route: `GET ${base}/filing-cycles`, allow: listers, request: () => ({ method: 'GET', url: `${base}/filing-cycles` }) },
  { route: `POST ${base}/filing-cycles`, allow: ['national_admin'], request: () => ({ method: 'POST', url: `${base}/filing-cycles`, body: { year: YEAR + 1 } }) },
  { route: `GET ${base}/filing-cycles/:year`, allow: listers, request: afterSetup({ method: 'GET', url: `${base}/filing-cycles/${YEAR}` }) },
  { route: `PATCH ${base}/filing-cycles/:year`, allow: ['national_admin'], request: afterSetup({ method: 'PATCH', url: `${base}/filing-cycles/${YEAR}`, body: {} }) },
  {
    route: `GET ${base}/filing-cycles/:year/colleges/:collegeId/timeline`,
    allow: ownReaders,
    request: afterSetup({ method: 'GET', url: `${base}/filing-cycles/${YEAR}/colleges/DEMO-GD-01/timeline` }),
  },
  { route: `GET ${base}/filing-items`, allow: listers, request: () => ({ method: 'GET', url: `${base}/filing-items` }) },
  {
    route: `POST ${base}/filing-items`,
    allow: ['college_admin'],
    request: () => ({ method: 'POST', url: `${base}/filing-items`, body: { collegeId: 'DEMO-GD-01', year: YEAR, programCode: 'SAMPLE-H010101', kind: 'new', justification } }),
  },
  { route: `GET ${base}/filing-items/:id`, allow: ownReaders, request: async (ctx) => ({ method: 'GET', url: `${base}/filing-items/${(await ready(ctx)).submitted}` }) },
  { route: `PATCH ${base}/filing-items/:id`, allow: ['college_admin'], request: async (ctx) => ({ method: 'PATCH', url: `${base}/filing-items/${(await ready(ctx)).returned}`, body: { plannedPlaces: 40 } }) },
  { route: `GET ${base}/filing-items/:id/timeline`, allow: ownReaders, request: async (ctx) => ({ method: 'GET', url: `${base}/filing-items/${(await ready(ctx)).submitted}/timeline` }) },
  itemAction('internal-review', ['college_admin'], 'returned', {}),
  itemAction('submit', ['college_admin'], 'returned', {}),
  itemAction('return', ['province_admin'], 'submitted', { reason: '矩阵测试退回' }),
  itemAction('record', ['province_admin'], 'submitted', {}),
  itemAction('forward', ['province_admin'], 'submitted', { regulatorOpinion: '矩阵测试意见' }),
  itemAction('approve', ['national_admin'], 'forwarded', {}),
  itemAction('reject', ['national_admin'], 'forwarded', { reason: '矩阵测试不予批准' }),
  { route: `GET ${base}/warnings`, allow: listers, request: () => ({ method: 'GET', url: `${base}/warnings` }) },
  { route: `GET ${base}/warnings/counts`, allow: listers, request: () => ({ method: 'GET', url: `${base}/warnings/counts` }) },
  {
    route: `POST ${base}/warnings`,
    allow: ['national_admin', 'province_admin'],
    request: () => ({ method: 'POST', url: `${base}/warnings`, body: { collegeId: 'DEMO-GD-01', year: YEAR, severity: 'yellow', action: 'review', reason: '矩阵测试手工预警' } }),
  },
  { route: `GET ${base}/warnings/:id`, allow: ownReaders, request: async (ctx) => ({ method: 'GET', url: `${base}/warnings/${(await ready(ctx)).warning}` }) },
  { route: `GET ${base}/warnings/:id/timeline`, allow: ownReaders, request: async (ctx) => ({ method: 'GET', url: `${base}/warnings/${(await ready(ctx)).warning}/timeline` }) },
  warningAction('respond', ['college_admin'], { plan: '矩阵测试整改计划：调整课程', dueDate: '2040-06-30' }),
  warningAction('accept', ['national_admin', 'province_admin'], {}),
  warningAction('escalate', ['national_admin', 'province_admin'], { reason: '矩阵测试上报' }),
  warningAction('close', ['national_admin', 'province_admin'], { reason: '矩阵测试关闭' }),
  { route: `GET ${base}/notifications`, allow: notificationReaders, request: () => ({ method: 'GET', url: `${base}/notifications` }) },
  { route: `POST ${base}/notifications/read-all`, allow: notificationReaders, request: () => ({ method: 'POST', url: `${base}/notifications/read-all` }) },
  { route: `POST ${base}/notifications/:id/read`, allow: ['college_admin'], request: async (ctx) => ({ method: 'POST', url: `${base}/notifications/${(await ready(ctx)).notification}/read` }) },
];
