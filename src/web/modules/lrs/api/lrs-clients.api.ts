import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateLrsClientRequest, CreatedLrsClient, LrsClient } from '../../../../shared/contracts/lrs/clients.js';
import type { AssignableScope } from '../../../../shared/contracts/platform/users.js';
import { apiRequest } from '../../../app/api-client.js';

export type LrsClientPage = { items: LrsClient[]; nextCursor: string | null };
export type LrsClientListQuery = { cursor?: string; limit: number; includeRevoked?: 'true' | 'false' };

export const lrsClientKeys = {
  all: ['lrs', 'clients'] as const,
  lists: () => [...lrsClientKeys.all, 'list'] as const,
  list: (query: LrsClientListQuery) => [...lrsClientKeys.lists(), query] as const,
  scopes: (q: string) => [...lrsClientKeys.all, 'scopes', q] as const,
};

const base = '/api/v1/lrs/clients';

export function useLrsClients(query: LrsClientListQuery) {
  return useQuery({
    queryKey: lrsClientKeys.list(query),
    queryFn: ({ signal }) => apiRequest<LrsClientPage>(base, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateLrsClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateLrsClientRequest) => apiRequest<CreatedLrsClient>(base, { method: 'POST', body: request }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: lrsClientKeys.lists() }),
  });
}

export function useRevokeLrsClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`${base}/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: lrsClientKeys.lists() }),
  });
}

async function scopesFor(role: 'province_admin' | 'teacher', q: string, signal: AbortSignal): Promise<AssignableScope[]> {
  const page = await apiRequest<{ items: AssignableScope[] }>('/api/v1/identity/assignable-scopes', { query: { role, q }, signal });
  return page.items;
}

/**
 * Provinces and colleges inside the signed-in administrator's scope, matching `q`: the scopes
 * an LRS client may be bound to (besides the administrator's own, which the form adds).
 */
export function useClientScopeOptions(q: string) {
  return useQuery({
    queryKey: lrsClientKeys.scopes(q),
    queryFn: async ({ signal }) => {
      const [provinces, colleges] = await Promise.all([scopesFor('province_admin', q, signal), scopesFor('teacher', q, signal)]);
      return [...provinces, ...colleges];
    },
    staleTime: 60_000,
  });
}
