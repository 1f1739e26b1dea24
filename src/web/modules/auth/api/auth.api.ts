import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  ChangePasswordRequest,
  LoginRequest,
  Me,
  UpdateMeRequest,
} from '../../../../shared/contracts/platform/auth.js';
import { ApiError, apiRequest, setCsrfToken } from '../../../app/api-client.js';

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

function remember(me: Me): Me {
  setCsrfToken(me.csrfToken);
  return me;
}

/** The signed-in user, or `null` when there is no session. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return remember(await apiRequest<Me>('/api/v1/auth/me'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function login(request: LoginRequest): Promise<Me> {
  return remember(await apiRequest<Me>('/api/v1/auth/login', { method: 'POST', body: request }));
}

export async function logout(): Promise<void> {
  await apiRequest<void>('/api/v1/auth/logout', { method: 'POST' });
}

export async function updateMe(request: UpdateMeRequest): Promise<Me> {
  return apiRequest<Me>('/api/v1/auth/me', { method: 'PATCH', body: request });
}

export async function changePassword(request: ChangePasswordRequest): Promise<void> {
  await apiRequest<void>('/api/v1/auth/password', { method: 'POST', body: request });
}

export function useMe() {
  return useQuery({
    queryKey: authKeys.me(),
    queryFn: fetchMe,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** Cached data of one user must never be shown to the next: keep only server meta and the session. */
function removeUserData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'meta' && query.queryKey[0] !== authKeys.all[0] });
}

/** Mark the session gone (observers of `me` see `null`) and drop the previous user's data. */
export function clearSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.setQueryData(authKeys.me(), null);
  removeUserData(queryClient);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      removeUserData(queryClient);
      queryClient.setQueryData(authKeys.me(), me);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => clearSession(queryClient),
  });
}

/**
 * Takes the answer of a settings update into the cache only while the same
 * user is still signed in: an update that returns after a sign-out (a language
 * switch just before "Sign out") must not bring the session back on screen.
 */
export function adoptUpdatedMe(queryClient: QueryClient, updated: Me): void {
  const current = queryClient.getQueryData<Me | null>(authKeys.me());
  if (!current || current.id !== updated.id) return;
  queryClient.setQueryData(authKeys.me(), remember(updated));
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (me) => adoptUpdatedMe(queryClient, me),
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
