import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Region } from '../../../../../shared/contracts/platform/institutions.js';
import {
  publicPaths,
  type CompareResponse,
  type ListProgramOfferingsQuery,
  type ListPublicProgramsQuery,
  type PublicMeta,
  type PublicOfferingDetail,
  type PublicOfferingPage,
  type PublicProgramPage,
} from '../../../../../shared/contracts/governance/public-info.js';
import type { CategoryTree } from '../../../../../shared/contracts/catalog/catalog.js';
import type { CatalogVersion } from '../../../../../shared/contracts/catalog/catalog.js';
import { apiRequest } from '../../../../app/api-client.js';

const base = '/api/v1/public';

export type ProgramSearch = Partial<ListPublicProgramsQuery>;
export type OfferingSearch = Partial<ListProgramOfferingsQuery>;

export const publicKeys = {
  all: ['public'] as const,
  meta: () => [...publicKeys.all, 'meta'] as const,
  programs: (query: ProgramSearch) => [...publicKeys.all, 'programs', query] as const,
  programOfferings: (code: string, query: OfferingSearch) => [...publicKeys.all, 'program-offerings', code, query] as const,
  offering: (id: string) => [...publicKeys.all, 'offering', id] as const,
  compare: (ids: readonly string[]) => [...publicKeys.all, 'compare', ids] as const,
  provinces: () => [...publicKeys.all, 'provinces'] as const,
  categories: () => [...publicKeys.all, 'categories'] as const,
};

const staleTime = 5 * 60_000;

export function usePublicMeta() {
  return useQuery({ queryKey: publicKeys.meta(), queryFn: ({ signal }) => apiRequest<PublicMeta>(`${base}${publicPaths.meta}`, { signal }), staleTime });
}

export function usePublicPrograms(query: ProgramSearch) {
  return useQuery({
    queryKey: publicKeys.programs(query),
    queryFn: ({ signal }) => apiRequest<PublicProgramPage>(`${base}${publicPaths.programs}`, { query, signal }),
    placeholderData: keepPreviousData,
    staleTime,
  });
}

export function useProgramOfferings(code: string, query: OfferingSearch) {
  return useQuery({
    queryKey: publicKeys.programOfferings(code, query),
    queryFn: ({ signal }) => apiRequest<PublicOfferingPage>(`${base}${publicPaths.programOfferings(code)}`, { query, signal }),
    placeholderData: keepPreviousData,
    staleTime,
  });
}

export function usePublicOffering(id: string | null) {
  return useQuery({
    queryKey: publicKeys.offering(id ?? ''),
    queryFn: ({ signal }) => apiRequest<PublicOfferingDetail>(`${base}${publicPaths.offering(id ?? '')}`, { signal }),
    enabled: id !== null,
    staleTime,
  });
}

export function useCompare(ids: readonly string[]) {
  return useQuery({
    queryKey: publicKeys.compare(ids),
    queryFn: ({ signal }) => apiRequest<CompareResponse>(`${base}${publicPaths.compare}`, { query: { ids: ids.join(',') }, signal }),
    enabled: ids.length > 0,
    staleTime,
  });
}

/** Provinces for the region filter (GB/T 2260, public reference data). */
export function usePublicProvinces() {
  return useQuery({
    queryKey: publicKeys.provinces(),
    queryFn: async ({ signal }) => (await apiRequest<{ items: Region[] }>('/api/v1/institutions/regions', { query: { level: 'province' }, signal })).items,
    staleTime: Infinity,
  });
}

/** Major categories of the catalog in force, for the category filter (public catalog reads). */
export function usePublicCategories() {
  return useQuery({
    queryKey: publicKeys.categories(),
    queryFn: async ({ signal }) => {
      const versions = (await apiRequest<{ items: CatalogVersion[] }>('/api/v1/catalog/versions', { signal })).items;
      const current = versions.find((version) => version.isCurrent) ?? versions.at(-1);
      if (!current) return null;
      return apiRequest<CategoryTree>(`/api/v1/catalog/versions/${encodeURIComponent(current.id)}/categories`, { signal });
    },
    staleTime,
  });
}
