import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../../shared/contracts/platform/roles.js';
import type {
  AssignableScope,
  CreateUserRequest,
  ListUsersQuery,
  ResetPasswordRequest,
  SetAssignmentsRequest,
  UpdateUserRequest,
  User,
} from '../../../../shared/contracts/platform/users.js';
import { apiRequest } from '../../../app/api-client.js';

export type UserPage = { items: User[]; nextCursor: string | null };

export type { AssignableScope };

export const usersKeys = {
  all: ['identity', 'users'] as const,
  lists: () => [...usersKeys.all, 'list'] as const,
  list: (query: Partial<ListUsersQuery>) => [...usersKeys.lists(), query] as const,
  detail: (id: string) => [...usersKeys.all, 'detail', id] as const,
  assignableScopes: (role: Role | undefined, q: string) => ['identity', 'assignable-scopes', role ?? null, q] as const,
};

const base = '/api/v1/identity/users';

export async function listUsers(query: Partial<ListUsersQuery>, signal?: AbortSignal): Promise<UserPage> {
  return apiRequest<UserPage>(base, { query, signal });
}

export async function getUser(id: string, signal?: AbortSignal): Promise<User> {
  return apiRequest<User>(`${base}/${encodeURIComponent(id)}`, { signal });
}

export async function createUser(request: CreateUserRequest): Promise<User> {
  return apiRequest<User>(base, { method: 'POST', body: request });
}

export async function updateUser(id: string, request: UpdateUserRequest): Promise<User> {
  return apiRequest<User>(`${base}/${encodeURIComponent(id)}`, { method: 'PATCH', body: request });
}

export async function setAssignments(id: string, request: SetAssignmentsRequest): Promise<User> {
  return apiRequest<User>(`${base}/${encodeURIComponent(id)}/assignments`, { method: 'PUT', body: request });
}

export async function resetPassword(id: string, request: ResetPasswordRequest): Promise<void> {
  await apiRequest<void>(`${base}/${encodeURIComponent(id)}/password`, { method: 'POST', body: request });
}

export async function listAssignableScopes(role: Role, q: string, signal?: AbortSignal): Promise<AssignableScope[]> {
  const page = await apiRequest<{ items: AssignableScope[] }>('/api/v1/identity/assignable-scopes', {
    query: { role, q },
    signal,
  });
  return page.items;
}

export function useUsers(query: Partial<ListUsersQuery>) {
  return useQuery({
    queryKey: usersKeys.list(query),
    queryFn: ({ signal }) => listUsers(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string) {
  return useQuery({ queryKey: usersKeys.detail(id), queryFn: ({ signal }) => getUser(id, signal) });
}

export function useAssignableScopes(role: Role | undefined, q: string) {
  return useQuery({
    queryKey: usersKeys.assignableScopes(role, q),
    queryFn: ({ signal }) => (role ? listAssignableScopes(role, q, signal) : Promise.resolve([])),
    enabled: role !== undefined,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

/** After a write: put the fresh user in the cache and refetch lists. */
function useUserWrite<TArgs>(mutationFn: (args: TArgs) => Promise<User>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (user) => {
      queryClient.setQueryData(usersKeys.detail(user.id), user);
      void queryClient.invalidateQueries({ queryKey: usersKeys.lists() });
    },
  });
}

export function useCreateUser() {
  return useUserWrite(createUser);
}

export function useUpdateUser() {
  return useUserWrite(({ id, request }: { id: string; request: UpdateUserRequest }) => updateUser(id, request));
}

export function useSetAssignments() {
  return useUserWrite(({ id, request }: { id: string; request: SetAssignmentsRequest }) => setAssignments(id, request));
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: ResetPasswordRequest }) => resetPassword(id, request),
    onSuccess: (_data, { id }) => {
      // A reset also clears a lock-out, so the user's flags may change.
      void queryClient.invalidateQueries({ queryKey: usersKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: usersKeys.lists() });
    },
  });
}
