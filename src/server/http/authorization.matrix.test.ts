import { afterAll, beforeAll } from 'vitest';
import { describeEachEngine } from '../testing/test-db.js';
import { createTestLuban, TEST_PASSWORD, type TestLuban } from '../testing/test-luban.js';
import { defineAuthorizationMatrix, type MatrixActor, type MatrixCase } from '../testing/authz-matrix.js';
import { lrsMatrixCases } from '../modules/lrs/http/lrs.matrix.js';
import { lrsAdminMatrixCases } from '../modules/lrs/http/lrs-admin.matrix.js';
import { catalogMatrixCases } from '../modules/catalog/http/catalog.matrix.js';
import { institutionsMatrixCases } from '../modules/institutions/http/institutions.matrix.js';
import { governanceMatrixCases } from '../modules/governance/http/governance.matrix.js';
import { indicatorRuleMatrixCases } from '../modules/governance/http/indicator-rules.matrix.js';
import { learningMatrixCases } from '../modules/learning/http/learning.matrix.js';
import { textbookMatrixCases } from '../modules/learning/http/textbooks.matrix.js';
import { courseMatrixCases } from '../modules/learning/http/courses.matrix.js';
import { simulationMatrixCases } from '../modules/learning/http/simulations.matrix.js';
import { commentMatrixCases } from '../modules/learning/http/comments.matrix.js';
import { dashboardsMatrixCases } from '../modules/governance/http/dashboards.matrix.js';

const admins: MatrixActor[] = ['national_admin', 'province_admin', 'province_admin@other', 'college_admin', 'college_admin@other'];
/** Administrators whose scope contains college DEMO-GD-01. */
const ownAdmins: MatrixActor[] = ['national_admin', 'province_admin', 'college_admin'];
const collegeReaders: MatrixActor[] = [...admins, 'teacher', 'teacher@other', 'auditor', 'auditor@province'];

/** A teacher at DEMO-GD-01: the target of every user-management request. */
const teacherTarget = async (ctx: Parameters<MatrixCase['request']>[0]) => ctx.createUser('teacher', 'college:DEMO-GD-01');

const foundationCases: MatrixCase[] = [
  { route: 'GET /api/v1/meta', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/meta' }) },
  { route: 'POST /api/v1/auth/login', allow: 'public', request: () => ({ method: 'POST', url: '/api/v1/auth/login', body: { username: 'demo.teacher', password: TEST_PASSWORD } }) },
  { route: 'POST /api/v1/auth/logout', allow: 'public', freshSession: true, request: () => ({ method: 'POST', url: '/api/v1/auth/logout' }) },
  { route: 'GET /api/v1/auth/me', allow: 'everyone-signed-in', request: () => ({ method: 'GET', url: '/api/v1/auth/me' }) },
  { route: 'PATCH /api/v1/auth/me', allow: 'everyone-signed-in', request: () => ({ method: 'PATCH', url: '/api/v1/auth/me', body: { locale: 'en' } }) },
  {
    route: 'POST /api/v1/auth/password',
    allow: 'everyone-signed-in',
    request: () => ({ method: 'POST', url: '/api/v1/auth/password', body: { currentPassword: 'not-the-password', newPassword: 'another-password-1' } }),
  },
  { route: 'GET /api/v1/identity/users', allow: admins, request: () => ({ method: 'GET', url: '/api/v1/identity/users' }) },
  {
    route: 'POST /api/v1/identity/users',
    allow: ownAdmins,
    request: (_ctx, actor) => ({
      method: 'POST',
      url: '/api/v1/identity/users',
      body: { username: `new.${actor.replace(/[@_]/g, '.')}.${Date.now()}`, displayName: 'New teacher', password: 'a-long-password', assignments: [{ role: 'teacher', scope: 'college:DEMO-GD-01' }] },
    }),
  },
  { route: 'GET /api/v1/identity/users/:id', allow: ownAdmins, request: async (ctx) => ({ method: 'GET', url: `/api/v1/identity/users/${await teacherTarget(ctx)}` }) },
  {
    route: 'PATCH /api/v1/identity/users/:id',
    allow: ownAdmins,
    request: async (ctx) => ({ method: 'PATCH', url: `/api/v1/identity/users/${await teacherTarget(ctx)}`, body: { displayName: 'Renamed' } }),
  },
  {
    route: 'PUT /api/v1/identity/users/:id/assignments',
    allow: ownAdmins,
    request: async (ctx) => ({
      method: 'PUT',
      url: `/api/v1/identity/users/${await teacherTarget(ctx)}/assignments`,
      body: { assignments: [{ role: 'student', scope: 'college:DEMO-GD-01' }] },
    }),
  },
  {
    route: 'POST /api/v1/identity/users/:id/password',
    allow: ownAdmins,
    request: async (ctx) => ({ method: 'POST', url: `/api/v1/identity/users/${await teacherTarget(ctx)}/password`, body: { password: 'a-reset-password' } }),
  },
  { route: 'GET /api/v1/identity/assignable-scopes', allow: admins, request: () => ({ method: 'GET', url: '/api/v1/identity/assignable-scopes?role=teacher' }) },
  { route: 'GET /api/v1/identity/api-keys', allow: admins, request: () => ({ method: 'GET', url: '/api/v1/identity/api-keys' }) },
  {
    route: 'POST /api/v1/identity/api-keys',
    allow: ownAdmins,
    request: () => ({ method: 'POST', url: '/api/v1/identity/api-keys', body: { name: 'k', assignments: [{ role: 'teacher', scope: 'college:DEMO-GD-01' }] } }),
  },
  {
    route: 'DELETE /api/v1/identity/api-keys/:id',
    allow: ownAdmins,
    request: async (ctx) => {
      const admin = await ctx.t.login('demo.national');
      const created = await ctx.t.request({
        method: 'POST',
        url: '/api/v1/identity/api-keys',
        session: admin,
        body: { name: 'to revoke', assignments: [{ role: 'teacher', scope: 'college:DEMO-GD-01' }] },
      });
      return { method: 'DELETE', url: `/api/v1/identity/api-keys/${(created.json() as { id: string }).id}` };
    },
  },
  { route: 'GET /api/v1/audit/entries', allow: ['auditor', 'auditor@province'], request: () => ({ method: 'GET', url: '/api/v1/audit/entries' }) },
  { route: 'GET /api/v1/audit/verify', allow: ['auditor'], request: () => ({ method: 'GET', url: '/api/v1/audit/verify' }) },
  { route: 'GET /api/v1/institutions/regions', allow: 'public', request: () => ({ method: 'GET', url: '/api/v1/institutions/regions?level=province' }) },
  { route: 'GET /api/v1/institutions/colleges', allow: collegeReaders, request: () => ({ method: 'GET', url: '/api/v1/institutions/colleges' }) },
];

/**
 * Every module adds its cases here (exported from its `http/*.matrix.ts`); the coverage test
 * fails when a route under /api/v1 has no case.
 */
const allCases: MatrixCase[] = [...foundationCases, ...lrsMatrixCases, ...lrsAdminMatrixCases, ...catalogMatrixCases, ...institutionsMatrixCases, ...governanceMatrixCases, ...indicatorRuleMatrixCases, ...learningMatrixCases, ...courseMatrixCases, ...simulationMatrixCases, ...textbookMatrixCases, ...commentMatrixCases, ...dashboardsMatrixCases];

describeEachEngine('authorization matrix', (engine) => {
  let t: TestLuban;
  beforeAll(async () => {
    t = await createTestLuban(engine);
  });
  afterAll(async () => t.close());
  defineAuthorizationMatrix(() => t, allCases, ['/api/v1/']);
});
