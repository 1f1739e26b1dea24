import type { MatrixActor, MatrixCase } from '../../../testing/authz-matrix.js';

const admins: MatrixActor[] = ['national_admin', 'province_admin', 'province_admin@other', 'college_admin', 'college_admin@other'];
/** Administrators whose scope contains college DEMO-GD-01. */
const ownAdmins: MatrixActor[] = ['national_admin', 'province_admin', 'college_admin'];

/** Authorization-matrix cases for /api/v1/lrs (added to allCases in authorization.matrix.test.ts). */
export const lrsMatrixCases: MatrixCase[] = [
  { route: 'GET /api/v1/lrs/clients', allow: admins, request: () => ({ method: 'GET', url: '/api/v1/lrs/clients' }) },
  {
    route: 'POST /api/v1/lrs/clients',
    allow: ownAdmins,
    request: () => ({ method: 'POST', url: '/api/v1/lrs/clients', body: { name: 'Simulation vendor', scope: 'college:DEMO-GD-01', permissions: ['write', 'read-own'] } }),
  },
  {
    route: 'DELETE /api/v1/lrs/clients/:id',
    allow: ownAdmins,
    request: async (ctx) => {
      const admin = await ctx.t.login('demo.national');
      const created = await ctx.t.request({
        method: 'POST',
        url: '/api/v1/lrs/clients',
        session: admin,
        body: { name: 'to revoke', scope: 'college:DEMO-GD-01', permissions: ['write'] },
      });
      return { method: 'DELETE', url: `/api/v1/lrs/clients/${(created.json() as { id: string }).id}` };
    },
  },
];
