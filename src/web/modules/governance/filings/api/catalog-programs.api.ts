import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CatalogLevel, CatalogVersion, Program } from '../../../../../shared/contracts/catalog/catalog.js';
import { apiRequest } from '../../../../app/api-client.js';

/** The catalog as the filing form needs it: the current version and a search over its programs. */
export const catalogPickerKeys = {
  all: ['governance', 'catalog-picker'] as const,
  versions: () => [...catalogPickerKeys.all, 'versions'] as const,
  programs: (versionId: string, level: CatalogLevel | undefined, q: string) => [...catalogPickerKeys.all, 'programs', versionId, level ?? null, q] as const,
};

export async function listCatalogVersions(signal?: AbortSignal): Promise<CatalogVersion[]> {
  const result = await apiRequest<{ items: CatalogVersion[] }>('/api/v1/catalog/versions', { signal });
  return result.items;
}

export async function searchPrograms(versionId: string, level: CatalogLevel | undefined, q: string, signal?: AbortSignal): Promise<Program[]> {
  const page = await apiRequest<{ items: Program[]; nextCursor: string | null }>(
    `/api/v1/catalog/versions/${encodeURIComponent(versionId)}/programs`,
    { query: { level, q, limit: 50 }, signal },
  );
  return page.items;
}

/** The version the platform uses by default (the newest real one, else the newest sample). */
export function useCurrentCatalogVersion() {
  return useQuery({
    queryKey: catalogPickerKeys.versions(),
    queryFn: ({ signal }) => listCatalogVersions(signal),
    staleTime: 5 * 60_000,
    select: (versions) => versions.find((version) => version.isCurrent) ?? null,
  });
}

export function useProgramSearch(versionId: string | undefined, level: CatalogLevel | undefined, q: string) {
  return useQuery({
    queryKey: catalogPickerKeys.programs(versionId ?? '', level, q),
    queryFn: ({ signal }) => (versionId ? searchPrograms(versionId, level, q, signal) : Promise.resolve([])),
    enabled: versionId !== undefined,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
