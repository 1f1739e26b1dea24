import { describe, expect, it } from 'vitest';
import { canGrant, canManageAll } from './grant-rules.js';

// college C1 is in province 440000, C2 in 110000
const provinceOf: Record<string, string> = { C1: '440000', C2: '110000' };
async function contains(outer: string, inner: string): Promise<boolean> {
  if (outer === inner || outer === 'national') return true;
  if (outer.startsWith('province:') && inner.startsWith('college:')) return provinceOf[inner.slice(8)] === outer.slice(9);
  return false;
}

describe('grant rules', () => {
  it('lets a province admin create college admins only in its province', async () => {
    const granter = { role: 'province_admin', scope: 'province:440000' } as const;
    expect(await canGrant(granter, { role: 'college_admin', scope: 'college:C1' }, contains)).toBe(true);
    expect(await canGrant(granter, { role: 'college_admin', scope: 'college:C2' }, contains)).toBe(false);
    expect(await canGrant(granter, { role: 'national_admin', scope: 'national' }, contains)).toBe(false);
    expect(await canGrant(granter, { role: 'auditor', scope: 'province:440000' }, contains)).toBe(false);
  });
  it('refuses a role at a scope kind it cannot hold', async () => {
    const national = { role: 'national_admin', scope: 'national' } as const;
    expect(await canGrant(national, { role: 'teacher', scope: 'province:440000' }, contains)).toBe(false);
    expect(await canGrant(national, { role: 'student', scope: 'self' }, contains)).toBe(true);
  });
  it('keeps college admins inside their college and away from admin roles above them', async () => {
    const granter = { role: 'college_admin', scope: 'college:C1' } as const;
    expect(await canGrant(granter, { role: 'teacher', scope: 'college:C1' }, contains)).toBe(true);
    expect(await canGrant(granter, { role: 'teacher', scope: 'college:C2' }, contains)).toBe(false);
    expect(await canGrant(granter, { role: 'province_admin', scope: 'province:440000' }, contains)).toBe(false);
  });
  it('manages a user only when every role the user holds is grantable', async () => {
    const granters = [{ role: 'college_admin', scope: 'college:C1' }] as const;
    expect(await canManageAll([...granters], [{ role: 'teacher', scope: 'college:C1' }], contains)).toBe(true);
    expect(
      await canManageAll([...granters], [{ role: 'teacher', scope: 'college:C1' }, { role: 'teacher', scope: 'college:C2' }], contains),
    ).toBe(false);
  });
});
