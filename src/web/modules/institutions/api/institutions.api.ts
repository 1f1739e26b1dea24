import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { College, Region } from '../../../../shared/contracts/platform/institutions.js';
import { apiRequest } from '../../../app/api-client.js';

export type RegionLevel = Region['level'];
export type RegionQuery = { level?: RegionLevel; parent?: string };
export type CollegeQuery = { province?: string; q?: string; cursor?: string; limit: number };
export type CollegePage = { items: College[]; nextCursor: string | null };

export const institutionsKeys = {
  all: ['institutions'] as const,
  regions: (query: RegionQuery) => [...institutionsKeys.all, 'regions', query] as const,
  colleges: (query: CollegeQuery) => [...institutionsKeys.all, 'colleges', query] as const,
};

export async function listRegions(query: RegionQuery, signal?: AbortSignal): Promise<Region[]> {
  const result = await apiRequest<{ items: Region[] }>('/api/v1/institutions/regions', { query, signal });
  return result.items;
}

export async function listColleges(query: CollegeQuery, signal?: AbortSignal): Promise<CollegePage> {
  return apiRequest<CollegePage>('/api/v1/institutions/colleges', { query, signal });
}

/** Regions change only with a new GB/T 2260 edition: cache them for the session. */
export function useRegions(query: RegionQuery, isEnabled = true) {
  return useQuery({
    queryKey: institutionsKeys.regions(query),
    queryFn: ({ signal }) => listRegions(query, signal),
    enabled: isEnabled,
    staleTime: Infinity,
  });
}

export function useProvinces() {
  return useRegions({ level: 'province' });
}

export function useColleges(query: CollegeQuery) {
  return useQuery({
    queryKey: institutionsKeys.colleges(query),
    queryFn: ({ signal }) => listColleges(query, signal),
    placeholderData: keepPreviousData,
  });
}
