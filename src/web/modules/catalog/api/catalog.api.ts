import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Amplitude,
  CatalogLevel,
  CatalogVersion,
  CategoryTree,
  FollowResult,
  ListProgramsQuery,
  Program,
  ProgramDetail,
  Revision,
  RevisionKind,
} from '../../../../shared/contracts/catalog/catalog.js';
import type {
  CatalogImportCommitRequest,
  CatalogImportPreview,
  CatalogImportRequest,
  CatalogImportResult,
} from '../../../../shared/contracts/catalog/imports.js';
import { apiRequest } from '../../../app/api-client.js';

export type ProgramPage = { items: Program[]; nextCursor: string | null };
export type ProgramsQuery = Partial<ListProgramsQuery>;
export type RevisionsQuery = { level?: CatalogLevel; kind?: RevisionKind };
export type FollowQuery = { code: string; from: string; to: string };

const base = '/api/v1/catalog';
const versionPath = (versionId: string) => `${base}/versions/${encodeURIComponent(versionId)}`;

export const catalogKeys = {
  all: ['catalog'] as const,
  versions: () => [...catalogKeys.all, 'versions'] as const,
  version: (versionId: string) => [...catalogKeys.all, 'version', versionId] as const,
  categories: (versionId: string, level: CatalogLevel | undefined) => [...catalogKeys.version(versionId), 'categories', level ?? null] as const,
  programs: (versionId: string, query: ProgramsQuery) => [...catalogKeys.version(versionId), 'programs', query] as const,
  program: (versionId: string, code: string) => [...catalogKeys.version(versionId), 'program', code] as const,
  revisions: (versionId: string, query: RevisionsQuery) => [...catalogKeys.version(versionId), 'revisions', query] as const,
  amplitude: (versionId: string, level: CatalogLevel, against: string | undefined) => [...catalogKeys.version(versionId), 'amplitude', level, against ?? null] as const,
  follow: (query: FollowQuery) => [...catalogKeys.all, 'follow', query] as const,
};

/** The catalog changes only by import: cache reads for a few minutes. */
const catalogStaleTime = 5 * 60_000;

export function useCatalogVersions() {
  return useQuery({
    queryKey: catalogKeys.versions(),
    queryFn: async ({ signal }) => (await apiRequest<{ items: CatalogVersion[] }>(`${base}/versions`, { signal })).items,
    staleTime: catalogStaleTime,
  });
}

export function useCatalogVersion(versionId: string) {
  return useQuery({
    queryKey: catalogKeys.version(versionId),
    queryFn: ({ signal }) => apiRequest<CatalogVersion>(versionPath(versionId), { signal }),
    staleTime: catalogStaleTime,
  });
}

export function useCategoryTree(versionId: string, level: CatalogLevel | undefined) {
  return useQuery({
    queryKey: catalogKeys.categories(versionId, level),
    queryFn: ({ signal }) => apiRequest<CategoryTree>(`${versionPath(versionId)}/categories`, { query: { level }, signal }),
    staleTime: catalogStaleTime,
  });
}

export function usePrograms(versionId: string, query: ProgramsQuery, isEnabled = true) {
  return useQuery({
    queryKey: catalogKeys.programs(versionId, query),
    queryFn: ({ signal }) => apiRequest<ProgramPage>(`${versionPath(versionId)}/programs`, { query, signal }),
    enabled: isEnabled,
    placeholderData: keepPreviousData,
    staleTime: catalogStaleTime,
  });
}

export function useProgramDetail(versionId: string, code: string) {
  return useQuery({
    queryKey: catalogKeys.program(versionId, code),
    queryFn: ({ signal }) => apiRequest<ProgramDetail>(`${versionPath(versionId)}/programs/${encodeURIComponent(code)}`, { signal }),
    staleTime: catalogStaleTime,
  });
}

export function useRevisions(versionId: string, query: RevisionsQuery) {
  return useQuery({
    queryKey: catalogKeys.revisions(versionId, query),
    queryFn: async ({ signal }) => (await apiRequest<{ items: Revision[] }>(`${versionPath(versionId)}/revisions`, { query, signal })).items,
    placeholderData: keepPreviousData,
    staleTime: catalogStaleTime,
  });
}

export function useAmplitude(versionId: string, level: CatalogLevel, against: string | undefined) {
  return useQuery({
    queryKey: catalogKeys.amplitude(versionId, level, against),
    queryFn: ({ signal }) => apiRequest<Amplitude>(`${versionPath(versionId)}/amplitude`, { query: { level, against }, signal }),
    staleTime: catalogStaleTime,
  });
}

/** The amplitude of every level at once (one request per level). */
export function useAmplitudes(versionId: string, levels: readonly CatalogLevel[], against: string | undefined) {
  return useQueries({
    queries: levels.map((level) => ({
      queryKey: catalogKeys.amplitude(versionId, level, against),
      queryFn: ({ signal }: { signal: AbortSignal }) => apiRequest<Amplitude>(`${versionPath(versionId)}/amplitude`, { query: { level, against }, signal }),
      staleTime: catalogStaleTime,
    })),
  });
}

export function useFollow(query: FollowQuery | null) {
  return useQuery({
    queryKey: catalogKeys.follow(query ?? { code: '', from: '', to: '' }),
    queryFn: ({ signal }) => (query ? apiRequest<FollowResult>(`${base}/follow`, { query, signal }) : Promise.reject(new Error('no query'))),
    enabled: query !== null,
    staleTime: catalogStaleTime,
  });
}

export function useCatalogImportPreview() {
  return useMutation({
    mutationFn: (request: CatalogImportRequest) => apiRequest<CatalogImportPreview>(`${base}/imports/preview`, { method: 'POST', body: request }),
  });
}

export function useCatalogImportCommit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CatalogImportCommitRequest) => apiRequest<CatalogImportResult>(`${base}/imports`, { method: 'POST', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogKeys.all }),
  });
}

/** The MOE-layout template: .xlsx with both sheets, or one sheet as .csv. */
export function catalogTemplateHref(format: 'xlsx' | 'csv', sheet: 'programs' | 'revisions' = 'programs'): string {
  return `${base}/imports/template?format=${format}&sheet=${sheet}`;
}
