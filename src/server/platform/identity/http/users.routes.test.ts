import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, type Session, type TestLuban } from '../../../testing/test-luban.js';

describeEachEngine('user management in scope', (engine) => {
  let t: TestLuban;
  let national: Session;
  let province: Session;
  let college: Session;
  beforeAll(async () => {
    t = await createTestLuban(engine);
    national = await t.login('demo.national');
    province = await t.login('demo.province');
    college = await t.login('demo.college');
  });
  afterAll(async () => t.close());

  const create = (session: Session, username: string, role: string, scope: string) =>
    t.request({ method: 'POST', url: '/api/v1/identity/users', session, body: { username, displayName: username, password: 'a-long-password', assignments: [{ role, scope }] } });

  it('lets a province admin create college admins only in its province', async () => {
    expect((await create(province, 'gd.admin', 'college_admin', 'college:DEMO-GD-02')).statusCode).toBe(201);
    const outside = await create(province, 'js.admin', 'college_admin', 'college:DEMO-JS-01');
    expect(outside.statusCode).toBe(403);
    expect(outside.json()).toMatchObject({ code: 'ROLE_NOT_GRANTABLE' });
    expect((await create(province, 'new.national', 'national_admin', 'national')).statusCode).toBe(403);
  });

  it('lists only users inside the caller’s scope', async () => {
    await create(national, 'js.teacher', 'teacher', 'college:DEMO-JS-01');
    const names = async (session: Session) =>
      ((await t.request({ method: 'GET', url: '/api/v1/identity/users?limit=200', session })).json().items as { username: string }[]).map((u) => u.username);
    const provinceSees = await names(province);
    expect(provinceSees).toContain('demo.teacher');
    expect(provinceSees).toContain('gd.admin');
    expect(provinceSees).not.toContain('js.teacher');
    expect(provinceSees).not.toContain('demo.national');
    const collegeSees = await names(college);
    expect(collegeSees).toContain('demo.student');
    expect(collegeSees).not.toContain('gd.admin');
    expect(await names(national)).toContain('js.teacher');
  });

  it('keeps a college admin away from another college’s users', async () => {
    const list = await t.request({ method: 'GET', url: '/api/v1/identity/users?q=js.teacher', session: national });
    const id = (list.json().items as { id: string }[])[0]!.id;
    const read = await t.request({ method: 'GET', url: `/api/v1/identity/users/${id}`, session: college });
    expect(read.statusCode).toBe(403);
    const change = await t.request({ method: 'PATCH', url: `/api/v1/identity/users/${id}`, session: college, body: { status: 'disabled' } });
    expect(change.statusCode).toBe(403);
    expect(change.json().code).toBe('SCOPE_DENIED');
  });

  it('pages with a cursor and filters by role', async () => {
    const first = await t.request({ method: 'GET', url: '/api/v1/identity/users?limit=2', session: national });
    const page = first.json() as { items: { username: string }[]; nextCursor: string };
    expect(page.items).toHaveLength(2);
    const second = await t.request({ method: 'GET', url: `/api/v1/identity/users?limit=2&cursor=${page.nextCursor}`, session: national });
    expect(second.json().items[0].username > page.items[1]!.username).toBe(true);
    const teachers = await t.request({ method: 'GET', url: '/api/v1/identity/users?role=teacher&limit=200', session: national });
    expect((teachers.json().items as { assignments: { role: string }[] }[]).every((u) => u.assignments.some((a) => a.role === 'teacher'))).toBe(true);
  });

  it('disabling a user ends its sessions, and every change is in the audit log', async () => {
    const teacher = await t.login('demo.teacher');
    const list = await t.request({ method: 'GET', url: '/api/v1/identity/users?q=demo.teacher', session: college });
    const id = (list.json().items as { id: string }[])[0]!.id;
    expect((await t.request({ method: 'PATCH', url: `/api/v1/identity/users/${id}`, session: college, body: { status: 'disabled' } })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/v1/auth/me', session: teacher })).statusCode).toBe(401);
    const auditor = await t.login('demo.auditor');
    const entries = await t.request({ method: 'GET', url: `/api/v1/audit/entries?entityId=${id}`, session: auditor });
    const actions = (entries.json().items as { action: string; details: unknown }[]).map((e) => e.action);
    expect(actions).toContain('user.update');
    expect(actions).toContain('user.create');
    expect(JSON.stringify(entries.json())).not.toContain('a-long-password');
    const verify = await t.request({ method: 'GET', url: '/api/v1/audit/verify', session: auditor });
    expect(verify.json()).toMatchObject({ isIntact: true, problems: [] });
  });
});
