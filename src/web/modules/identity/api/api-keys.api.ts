import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiKey, CreateApiKeyRequest, CreatedApiKey } from '../../../../shared/contracts/platform/users.js';
import { apiRequest } from '../../../app/api-client.js';

export type ApiKeyPage = { items: ApiKey[]; nextCursor: string | null };
export type ApiKeyListQuery = { cursor?: string; limit: number };

export const apiKeysKeys = {
  all: ['identity', 'api-keys'] as const,
  lists: () => [...apiKeysKeys.all, 'list'] as const,
  list: (query: ApiKeyListQuery) => [...apiKeysKeys.lists(), query] as const,
};

const base = '/api/v1/identity/api-keys';

export async function listApiKeys(query: ApiKeyListQuery, signal?: AbortSignal): Promise<ApiKeyPage> {
  return apiRequest<ApiKeyPage>(base, { query, signal });
}

export async function createApiKey(request: CreateApiKeyRequest): Promise<CreatedApiKey> {
  return apiRequest<CreatedApiKey>(base, { method: 'POST', body: request });
}

export async function revokeApiKey(id: string): Promise<void> {
  await apiRequest<void>(`${base}/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useApiKeys(query: ApiKeyListQuery) {
  return useQuery({
    queryKey: apiKeysKeys.list(query),
    queryFn: ({ signal }) => listApiKeys(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiKey,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: apiKeysKeys.lists() }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiKey,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: apiKeysKeys.lists() }),
  });
}
