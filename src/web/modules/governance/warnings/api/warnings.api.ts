import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TimelineEvent } from '../../../../../shared/contracts/governance/filings.js';
import type {
  IssueWarningRequest,
  ListWarningsQuery,
  Warning,
  WarningAction,
  WarningActionRequest,
  WarningCounts,
  WarningCountsQuery,
} from '../../../../../shared/contracts/governance/warnings.js';
import { apiRequest } from '../../../../app/api-client.js';

export type WarningPage = { items: Warning[]; nextCursor: string | null };
export type WarningListQuery = Partial<ListWarningsQuery>;

const base = '/api/v1/governance/warnings';

export const warningsKeys = {
  all: ['governance', 'warnings'] as const,
  lists: () => [...warningsKeys.all, 'list'] as const,
  list: (query: WarningListQuery) => [...warningsKeys.lists(), query] as const,
  counts: (query: WarningCountsQuery) => [...warningsKeys.all, 'counts', query] as const,
  detail: (id: string) => [...warningsKeys.all, 'detail', id] as const,
  timeline: (id: string) => [...warningsKeys.all, 'timeline', id] as const,
};

export async function listWarnings(query: WarningListQuery, signal?: AbortSignal): Promise<WarningPage> {
  return apiRequest<WarningPage>(base, { query, signal });
}

export async function getWarningCounts(query: WarningCountsQuery, signal?: AbortSignal): Promise<WarningCounts> {
  return apiRequest<WarningCounts>(`${base}/counts`, { query, signal });
}

export async function getWarning(id: string, signal?: AbortSignal): Promise<Warning> {
  return apiRequest<Warning>(`${base}/${encodeURIComponent(id)}`, { signal });
}

export async function getWarningTimeline(id: string, signal?: AbortSignal): Promise<TimelineEvent[]> {
  const result = await apiRequest<{ items: TimelineEvent[] }>(`${base}/${encodeURIComponent(id)}/timeline`, { signal });
  return result.items;
}

export async function issueWarning(request: IssueWarningRequest): Promise<Warning> {
  return apiRequest<Warning>(base, { method: 'POST', body: request });
}

export async function actOnWarning(id: string, action: WarningAction, request: WarningActionRequest): Promise<Warning> {
  return apiRequest<Warning>(`${base}/${encodeURIComponent(id)}/${action}`, { method: 'POST', body: request });
}

export function useWarnings(query: WarningListQuery) {
  return useQuery({ queryKey: warningsKeys.list(query), queryFn: ({ signal }) => listWarnings(query, signal), placeholderData: keepPreviousData });
}

export function useWarningCounts(query: WarningCountsQuery) {
  return useQuery({ queryKey: warningsKeys.counts(query), queryFn: ({ signal }) => getWarningCounts(query, signal) });
}

export function useWarning(id: string) {
  return useQuery({ queryKey: warningsKeys.detail(id), queryFn: ({ signal }) => getWarning(id, signal) });
}

export function useWarningTimeline(id: string) {
  return useQuery({ queryKey: warningsKeys.timeline(id), queryFn: ({ signal }) => getWarningTimeline(id, signal) });
}

function useWarningWrite<TArgs>(mutationFn: (args: TArgs) => Promise<Warning>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (warning) => {
      queryClient.setQueryData(warningsKeys.detail(warning.id), warning);
      void queryClient.invalidateQueries({ queryKey: warningsKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: [...warningsKeys.all, 'counts'] });
      void queryClient.invalidateQueries({ queryKey: warningsKeys.timeline(warning.id) });
      void queryClient.invalidateQueries({ queryKey: ['governance', 'notifications'] });
    },
  });
}

export function useIssueWarning() {
  return useWarningWrite(issueWarning);
}

export function useWarningAction() {
  return useWarningWrite(({ id, action, request }: { id: string; action: WarningAction; request: WarningActionRequest }) =>
    actOnWarning(id, action, request),
  );
}
