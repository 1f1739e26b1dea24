import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateResourceInput, Resource, ResourceDetail, ReviewDecision } from '../../../../shared/contracts/learning/resources.js';
import type { SearchResult } from '../../../../shared/contracts/learning/search.js';
import { apiRequest } from '../../../app/api-client.js';

export type SearchParams = { q: string; kind?: string; type?: string; level?: string; language?: string; category?: string; provider?: string; sort: 'relevance' | 'recent' | 'rating'; offset: number };
export type ResourceView = 'mine' | 'review' | 'favourites';

export const learningKeys = {
  all: ['learning'] as const,
  search: (params: SearchParams) => [...learningKeys.all, 'search', params] as const,
  resource: (id: string) => [...learningKeys.all, 'resource', id] as const,
  list: (view: ResourceView) => [...learningKeys.all, 'list', view] as const,
};

const base = '/api/v1/learning';

export function useResourceSearch(params: SearchParams) {
  return useQuery({
    queryKey: learningKeys.search(params),
    queryFn: ({ signal }) => apiRequest<SearchResult>(`${base}/search`, { query: { ...params, limit: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** One resource; read with `inCourse` by the course player, whose item launch records the view in the course. */
export function useResource(id: string, options: { inCourse?: boolean } = {}) {
  const query = options.inCourse ? { in: 'course' } : {};
  return useQuery({ queryKey: [...learningKeys.resource(id), query], queryFn: ({ signal }) => apiRequest<ResourceDetail>(`${base}/resources/${encodeURIComponent(id)}`, { query, signal }) });
}

export function useResourceList(view: ResourceView) {
  return useQuery({ queryKey: learningKeys.list(view), queryFn: ({ signal }) => apiRequest<{ items: Resource[]; nextCursor: string | null }>(`${base}/resources`, { query: { view, limit: 50 }, signal }) });
}

export function useCreateResource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<CreateResourceInput> & Pick<CreateResourceInput, 'type' | 'title' | 'level' | 'language' | 'licence'>) => apiRequest<ResourceDetail>(`${base}/resources`, { method: 'POST', body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: learningKeys.all }),
  });
}

/** Submit, review or (un)favourite: every change refreshes what the library shows. */
export function useResourceAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (action: { id: string } & ({ kind: 'submit' } | { kind: 'review'; decision: ReviewDecision } | { kind: 'favourite'; isFavourite: boolean } | { kind: 'rate'; stars: number })) => {
      const path = `${base}/resources/${encodeURIComponent(action.id)}`;
      switch (action.kind) {
        case 'submit':
          return apiRequest<unknown>(`${path}/submit`, { method: 'POST' });
        case 'review':
          return apiRequest<unknown>(`${path}/review`, { method: 'POST', body: action.decision });
        case 'favourite':
          return apiRequest<unknown>(`${path}/favourite`, { method: action.isFavourite ? 'PUT' : 'DELETE' });
        case 'rate':
          return apiRequest<unknown>(`${path}/rating`, { method: 'PUT', body: { stars: action.stars } });
      }
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: learningKeys.all }),
  });
}

export const fileUrl = (id: string, options: { download?: boolean; version?: number } = {}) =>
  `${base}/resources/${encodeURIComponent(id)}/file${options.download ? '?download=1' : options.version ? `?version=${options.version}` : ''}`;
export const sandboxUrl = (id: string) => `${base}/resources/${encodeURIComponent(id)}/sandbox`;
