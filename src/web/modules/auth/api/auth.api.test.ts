import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../../../shared/contracts/platform/auth.js';
import { adoptUpdatedMe, authKeys, clearSession } from './auth.api.js';

function me(id: string, locale: Me['locale']): Me {
  return { id, username: 'demo.national', displayName: '演示', email: null, locale, isDemo: true, assignments: [], csrfToken: `csrf-${locale}` };
}

const userId = '00000000-0000-4000-8000-000000000001';

describe('a settings update that answers late', () => {
  it('is taken while its user is still signed in', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(authKeys.me(), me(userId, 'zh-CN'));
    adoptUpdatedMe(queryClient, me(userId, 'en'));
    expect(queryClient.getQueryData<Me | null>(authKeys.me())?.locale).toBe('en');
  });

  it('does not bring a signed-out session back (language switch just before Sign out)', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(authKeys.me(), me(userId, 'zh-CN'));
    clearSession(queryClient);
    adoptUpdatedMe(queryClient, me(userId, 'en'));
    expect(queryClient.getQueryData(authKeys.me())).toBeNull();
  });

  it('does not replace another user who signed in meanwhile', () => {
    const queryClient = new QueryClient();
    const other = me('00000000-0000-4000-8000-000000000002', 'zh-CN');
    queryClient.setQueryData(authKeys.me(), other);
    adoptUpdatedMe(queryClient, me(userId, 'en'));
    expect(queryClient.getQueryData(authKeys.me())).toEqual(other);
  });
});
