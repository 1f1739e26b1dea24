import type { MatrixActor, MatrixCase } from '../../../testing/authz-matrix.js';

/** Administrators at any scope: each sees the statements of its own scope (the route tests check which). */
const admins: MatrixActor[] = ['national_admin', 'province_admin', 'province_admin@other', 'college_admin', 'college_admin@other'];

const day = () => new Date().toISOString().slice(0, 10);

/** Authorization-matrix cases for the statement browser and course activity (in allCases). */
export const lrsAdminMatrixCases: MatrixCase[] = [
  { route: 'GET /api/v1/lrs/statements', allow: admins, request: () => ({ method: 'GET', url: '/api/v1/lrs/statements?limit=5' }) },
  { route: 'GET /api/v1/lrs/courses', allow: admins, request: () => ({ method: 'GET', url: `/api/v1/lrs/courses?from=${day()}&to=${day()}` }) },
  {
    route: 'GET /api/v1/lrs/courses/activity',
    allow: admins,
    request: () => ({ method: 'GET', url: `/api/v1/lrs/courses/activity?course=${encodeURIComponent('https://luban.example/courses/1')}&from=${day()}&to=${day()}` }),
  },
];
