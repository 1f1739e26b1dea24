import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { UserWithAssignments } from '../identity.repository.js';
import { hashPassword } from '../domain/password.js';
import type { IdentityDeps } from './identity-deps.js';

// The repository replaced by an in-memory fake: the use case's decisions, no database.
const store = vi.hoisted(() => ({ users: new Map<string, UserWithAssignments>(), sessions: [] as { userId: string }[], audit: [] as string[] }));
vi.mock('../identity.repository.js', () => ({
  findUserByUsername: async (_db: unknown, username: string) => [...store.users.values()].find((u) => u.username === username),
  updateUserRow: async (_db: unknown, id: string, values: Partial<UserWithAssignments>) => {
    const user = store.users.get(id);
    if (user) store.users.set(id, { ...user, ...values });
  },
  insertSession: async (_db: unknown, values: { userId: string }) => {
    store.sessions.push(values);
  },
}));

const { logIn } = await import('./log-in.js');

let clock = new Date('2026-11-30T08:00:00Z');
const deps = {
  db: { transaction: async (work: (tx: unknown) => Promise<unknown>) => work({}) },
  config: { secret: 's'.repeat(40) },
  audit: { record: async (_tx: unknown, _actor: unknown, event: { action: string }) => void store.audit.push(event.action) },
  now: () => clock,
} as unknown as IdentityDeps;

describe('logIn (use case, fake repository)', () => {
  beforeEach(async () => {
    clock = new Date('2026-11-30T08:00:00Z');
    store.sessions.length = 0;
    store.audit.length = 0;
    store.users.set('u1', {
      id: 'u1',
      username: 'wang.fang',
      displayName: '王芳',
      email: null,
      passwordHash: await hashPassword('right-password'),
      locale: 'zh-CN',
      status: 'active',
      failedLoginCount: 0,
      lockedUntil: null,
      isDemo: false,
      createdBy: null,
      createdAt: clock,
      updatedAt: clock,
      assignments: [{ role: 'teacher', scope: 'college:C1', provinceCode: '440000' }],
    });
  });

  it('opens a session and audits the login', async () => {
    const result = await logIn(deps, { username: 'Wang.Fang', password: 'right-password' }, { ip: '127.0.0.1' });
    expect(result.user.id).toBe('u1');
    expect(result.sessionToken).toHaveLength(43);
    expect(store.sessions).toHaveLength(1);
    expect(store.audit).toEqual(['auth.login']);
  });

  it('locks after five failures, refuses while locked, and lets in after the lock expires', async () => {
    for (let i = 0; i < 4; i += 1) {
      await expect(logIn(deps, { username: 'wang.fang', password: 'wrong' }, { ip: 'x' })).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    }
    await expect(logIn(deps, { username: 'wang.fang', password: 'wrong' }, { ip: 'x' })).rejects.toMatchObject({
      code: 'LOGIN_LOCKED',
      params: { until: '2026-11-30 08:15' },
    });
    expect(store.audit).toEqual(['auth.lockout']);
    await expect(logIn(deps, { username: 'wang.fang', password: 'right-password' }, { ip: 'x' })).rejects.toMatchObject({ code: 'LOGIN_LOCKED' });
    clock = new Date('2026-11-30T08:16:00Z');
    await expect(logIn(deps, { username: 'wang.fang', password: 'right-password' }, { ip: 'x' })).resolves.toBeDefined();
  });

  it('refuses a disabled account even with the right password', async () => {
    store.users.set('u1', { ...store.users.get('u1')!, status: 'disabled' });
    await expect(logIn(deps, { username: 'wang.fang', password: 'right-password' }, { ip: 'x' })).rejects.toMatchObject({ code: 'ACCOUNT_DISABLED' });
  });
});
