import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateFilingCycleRequest,
  CreateFilingItemRequest,
  FilingAction,
  FilingActionRequest,
  FilingCycle,
  FilingItem,
  ListFilingItemsQuery,
  TimelineEvent,
  UpdateFilingCycleRequest,
  UpdateFilingItemRequest,
} from '../../../../../shared/contracts/governance/filings.js';
import { apiRequest } from '../../../../app/api-client.js';

export type FilingItemPage = { items: FilingItem[]; nextCursor: string | null };
export type FilingListQuery = Partial<ListFilingItemsQuery>;

const base = '/api/v1/governance';

export const filingsKeys = {
  all: ['governance', 'filings'] as const,
  cycles: () => [...filingsKeys.all, 'cycles'] as const,
  lists: () => [...filingsKeys.all, 'list'] as const,
  list: (query: FilingListQuery) => [...filingsKeys.lists(), query] as const,
  detail: (id: string) => [...filingsKeys.all, 'detail', id] as const,
  timeline: (id: string) => [...filingsKeys.all, 'timeline', id] as const,
  collegeTimeline: (year: number, collegeId: string) => [...filingsKeys.all, 'college-timeline', year, collegeId] as const,
};

/** The URL segment of each workflow step (internal_review is internal-review). */
const actionPaths: Record<FilingAction, string> = {
  internal_review: 'internal-review',
  submit: 'submit',
  return: 'return',
  record: 'record',
  forward: 'forward',
  approve: 'approve',
  reject: 'reject',
};

export async function listFilingCycles(signal?: AbortSignal): Promise<FilingCycle[]> {
  const result = await apiRequest<{ items: FilingCycle[] }>(`${base}/filing-cycles`, { signal });
  return result.items;
}

export async function createFilingCycle(request: CreateFilingCycleRequest): Promise<FilingCycle> {
  return apiRequest<FilingCycle>(`${base}/filing-cycles`, { method: 'POST', body: request });
}

export async function updateFilingCycle(year: number, request: UpdateFilingCycleRequest): Promise<FilingCycle> {
  return apiRequest<FilingCycle>(`${base}/filing-cycles/${year}`, { method: 'PATCH', body: request });
}

export async function getCollegeCycleTimeline(year: number, collegeId: string, signal?: AbortSignal): Promise<TimelineEvent[]> {
  const result = await apiRequest<{ items: TimelineEvent[] }>(`${base}/filing-cycles/${year}/colleges/${encodeURIComponent(collegeId)}/timeline`, { signal });
  return result.items;
}

export async function listFilingItems(query: FilingListQuery, signal?: AbortSignal): Promise<FilingItemPage> {
  return apiRequest<FilingItemPage>(`${base}/filing-items`, { query, signal });
}

export async function getFilingItem(id: string, signal?: AbortSignal): Promise<FilingItem> {
  return apiRequest<FilingItem>(`${base}/filing-items/${encodeURIComponent(id)}`, { signal });
}

export async function getFilingTimeline(id: string, signal?: AbortSignal): Promise<TimelineEvent[]> {
  const result = await apiRequest<{ items: TimelineEvent[] }>(`${base}/filing-items/${encodeURIComponent(id)}/timeline`, { signal });
  return result.items;
}

export async function createFilingItem(request: CreateFilingItemRequest): Promise<FilingItem> {
  return apiRequest<FilingItem>(`${base}/filing-items`, { method: 'POST', body: request });
}

export async function updateFilingItem(id: string, request: UpdateFilingItemRequest): Promise<FilingItem> {
  return apiRequest<FilingItem>(`${base}/filing-items/${encodeURIComponent(id)}`, { method: 'PATCH', body: request });
}

export async function actOnFilingItem(id: string, action: FilingAction, request: FilingActionRequest): Promise<FilingItem> {
  return apiRequest<FilingItem>(`${base}/filing-items/${encodeURIComponent(id)}/${actionPaths[action]}`, { method: 'POST', body: request });
}

export function useFilingCycles() {
  return useQuery({ queryKey: filingsKeys.cycles(), queryFn: ({ signal }) => listFilingCycles(signal), staleTime: 60_000 });
}

/** National administrators create a cycle or move its deadlines; every desk refetches. */
export function useSaveFilingCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, create, update }: { year: number; create?: CreateFilingCycleRequest; update?: UpdateFilingCycleRequest }) =>
      create ? createFilingCycle(create) : updateFilingCycle(year, update ?? {}),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: filingsKeys.all }),
  });
}

export function useCollegeCycleTimeline(year: number, collegeId: string | undefined) {
  return useQuery({
    queryKey: filingsKeys.collegeTimeline(year, collegeId ?? ''),
    queryFn: ({ signal }) => (collegeId ? getCollegeCycleTimeline(year, collegeId, signal) : Promise.resolve([])),
    enabled: collegeId !== undefined,
  });
}

export function useFilingItems(query: FilingListQuery, isEnabled = true) {
  return useQuery({
    queryKey: filingsKeys.list(query),
    queryFn: ({ signal }) => listFilingItems(query, signal),
    enabled: isEnabled,
    placeholderData: keepPreviousData,
  });
}

export function useFilingItem(id: string) {
  return useQuery({ queryKey: filingsKeys.detail(id), queryFn: ({ signal }) => getFilingItem(id, signal) });
}

export function useFilingTimeline(id: string) {
  return useQuery({ queryKey: filingsKeys.timeline(id), queryFn: ({ signal }) => getFilingTimeline(id, signal) });
}

/** After any write: the fresh item in the cache; lists, its timeline and notifications refetched. */
function useFilingWrite<TArgs>(mutationFn: (args: TArgs) => Promise<FilingItem>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (item) => {
      queryClient.setQueryData(filingsKeys.detail(item.id), item);
      void queryClient.invalidateQueries({ queryKey: filingsKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: filingsKeys.timeline(item.id) });
      void queryClient.invalidateQueries({ queryKey: [...filingsKeys.all, 'college-timeline'] });
      void queryClient.invalidateQueries({ queryKey: ['governance', 'notifications'] });
      void queryClient.invalidateQueries({ queryKey: ['governance', 'offerings'] });
    },
  });
}

export function useCreateFilingItem() {
  return useFilingWrite(createFilingItem);
}

export function useUpdateFilingItem() {
  return useFilingWrite(({ id, request }: { id: string; request: UpdateFilingItemRequest }) => updateFilingItem(id, request));
}

export function useFilingAction() {
  return useFilingWrite(({ id, action, request }: { id: string; action: FilingAction; request: FilingActionRequest }) =>
    actOnFilingItem(id, action, request),
  );
}
