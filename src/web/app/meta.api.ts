import { useQuery } from '@tanstack/react-query';
import type { Meta } from '../../shared/contracts/platform/auth.js';
import { apiRequest } from './api-client.js';

export const metaKeys = {
  all: ['meta'] as const,
  detail: () => [...metaKeys.all, 'detail'] as const,
};

export async function fetchMeta(): Promise<Meta> {
  return apiRequest<Meta>('/api/v1/meta');
}

/** Server name, version, mode (demo or production) and engine. */
export function useMeta() {
  return useQuery({ queryKey: metaKeys.detail(), queryFn: fetchMeta, staleTime: Infinity, retry: 1 });
}

export function useIsDemo(): boolean {
  const { data } = useMeta();
  return data?.mode === 'demo';
}
