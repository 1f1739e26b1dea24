import { expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { systemActor } from '../platform/authz/actor.js';
import type { Role } from '../../shared/contracts/platform/roles.js';
import { TEST_PASSWORD, type Session, type TestLuban } from './test-luban.js';

/**
 * The authorization matrix every module reuses: each route × each role, in its own
 * scope and in another scope, with the expected outcome. A route that exists but has
 * no case fails the run, so a new route cannot ship untested.
 */
export type MatrixActor =
  | 'anonymous'
  | 'national_admin'
  | 'province_admin'
  | 'province_admin@other'
  | 'college_admin'
  | 'college_admin@other'
  | 'teacher'
  | 'teacher@other'
  | 'student'
  | 'enterprise'
  | 'workshop_partner'
  | 'auditor'
  | 'auditor@province';

/** Own scope: province 440000 and college DEMO-GD-01. Other scope: province 320000 and college DEMO-JS-01. */
export const matrixActors: Record<Exclude<MatrixActor, 'anonymous'>, { role: Role; scope: string }> = {
  national_admin: { role: 'national_admin', scope: 'national' },
  province_admin: { role: 'province_admin', scope: 'province:440000' },
  'province_admin@other': { role: 'province_admin', scope: 'province:320000' },
  college_admin: { role: 'college_admin', scope: 'college:DEMO-GD-01' },
  'college_admin@other': { role: 'college_admin', scope: 'college:DEMO-JS-01' },
  teacher: { role: 'teacher', scope: 'college:DEMO-GD-01' },
  'teacher@other': { role: 'teacher', scope: 'college:DEMO-JS-01' },
  student: { role: 'student', scope: 'college:DEMO-GD-01' },
  enterprise: { role: 'enterprise', scope: 'enterprise:DEMO-ENT-01' },
  workshop_partner: { role: 'workshop_partner', scope: 'national' },
  auditor: { role: 'auditor', scope: 'national' },
  'auditor@province': { role: 'auditor', scope: 'province:440000' },
};
export const allMatrixActors = ['anonymous', ...Object.keys(matrixActors)] as MatrixActor[];

export type MatrixContext = {
  t: TestLuban;
  /** A fresh user created by the system, for requests that change a user. */
  createUser(role: Role, scope: string): Promise<string>;
  session(actor: MatrixActor): Session | undefined;
};

export type MatrixRequest = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; body?: unknown };

export type MatrixCase = {
  /** `METHOD /registered/route/:param` exactly as Fastify registered it. */
  route: string;
  /** Builds the request for one actor (it may prepare data first). */
  request(ctx: MatrixContext, actor: MatrixActor): Promise<MatrixRequest> | MatrixRequest;
  /** Actors that must be allowed; every other signed-in actor must get 403, anonymous 401. */
  allow: readonly MatrixActor[] | 'everyone-signed-in' | 'public';
  /** Sign each actor in anew for this case (for requests that end the session). */
  freshSession?: boolean;
};

const matrixUsername = (actor: string) => `m.${actor.replace(/[@_]/g, '.')}`;

async function createMatrixSessions(t: TestLuban): Promise<Map<MatrixActor, Session>> {
  const sessions = new Map<MatrixActor, Session>();
  for (const [key, assignment] of Object.entries(matrixActors)) {
    const username = matrixUsername(key);
    await t.identity.api.createUser(systemActor('matrix'), { username, displayName: key, password: TEST_PASSWORD, locale: 'en', assignments: [assignment] });
    sessions.set(key as MatrixActor, await t.login(username));
  }
  return sessions;
}

function isAllowed(testCase: MatrixCase, actor: MatrixActor): boolean {
  if (testCase.allow === 'public') return true;
  if (actor === 'anonymous') return false;
  if (testCase.allow === 'everyone-signed-in') return true;
  return testCase.allow.includes(actor);
}

/** Registers one test per case; call inside a describe with `getLuban` resolving after beforeAll. */
export function defineAuthorizationMatrix(getLuban: () => TestLuban, cases: MatrixCase[], coveredPrefixes: string[]): void {
  let sessions: Map<MatrixActor, Session> | undefined;
  let counter = 0;
  const context = (): MatrixContext => ({
    t: getLuban(),
    async createUser(role, scope) {
      counter += 1;
      const user = await getLuban().identity.api.createUser(systemActor('matrix'), {
        username: `target.${counter}.${Date.now()}`,
        displayName: `target ${counter}`,
        password: TEST_PASSWORD,
        locale: 'en',
        assignments: [{ role, scope }],
      });
      return user.id;
    },
    session: (actor) => sessions?.get(actor),
  });

  it('covers every route that exists', () => {
    const routes = getLuban()
      .app.routeList.filter((r) => coveredPrefixes.some((p) => r.url.startsWith(p)))
      .map((r) => `${r.method} ${r.url}`);
    const covered = new Set(cases.map((c) => c.route));
    expect(routes.filter((r) => !covered.has(r))).toEqual([]);
  });

  for (const testCase of cases) {
    it(`${testCase.route}`, async () => {
      sessions ??= await createMatrixSessions(getLuban());
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const actor of allMatrixActors) {
        const request = await testCase.request(context(), actor);
        const response: LightMyRequestResponse = await getLuban().request({
          ...request,
          session: actor === 'anonymous' ? undefined : testCase.freshSession ? await getLuban().login(matrixUsername(actor)) : sessions.get(actor),
          headers: { 'accept-language': 'en' },
        });
        const shouldAllow = isAllowed(testCase, actor);
        const status = response.statusCode;
        const outcome = status === 401 ? 'unauthenticated' : status === 403 ? 'denied' : status >= 500 ? `error ${status}` : 'allowed';
        outcomes.push(`${actor}: ${outcome}`);
        expected.push(`${actor}: ${shouldAllow ? 'allowed' : actor === 'anonymous' ? 'unauthenticated' : 'denied'}`);
        if (!shouldAllow) {
          expect(response.headers['content-type'], `${actor} ${testCase.route}`).toContain('application/problem+json');
        }
      }
      expect(outcomes).toEqual(expected);
    });
  }
}
