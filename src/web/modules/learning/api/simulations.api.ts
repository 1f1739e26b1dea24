import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AttemptSummary, LaunchSimulationInput, Simulation, SimulationAttempt, SimulationEvent, SimulationLaunch } from '../../../../shared/contracts/learning/simulations.js';
import { apiRequest } from '../../../app/api-client.js';

export type SimulationFilters = { q?: string | undefined; level?: string | undefined; language?: string | undefined; program?: string | undefined };

export const simulationKeys = {
  all: ['learning', 'simulations'] as const,
  catalogue: (filters: SimulationFilters) => [...simulationKeys.all, 'catalogue', filters] as const,
  attempts: (resourceId: string | undefined) => [...simulationKeys.all, 'attempts', resourceId ?? 'all'] as const,
  summary: (resourceId: string) => [...simulationKeys.all, 'summary', resourceId] as const,
};

const base = '/api/v1/learning/simulations';

export function useSimulations(filters: SimulationFilters) {
  return useQuery({ queryKey: simulationKeys.catalogue(filters), queryFn: ({ signal }) => apiRequest<{ items: Simulation[] }>(base, { query: { ...filters, limit: 50 }, signal }), placeholderData: keepPreviousData });
}

export function useMyAttempts(resourceId?: string) {
  return useQuery({ queryKey: simulationKeys.attempts(resourceId), queryFn: ({ signal }) => apiRequest<{ items: SimulationAttempt[] }>(`${base}/attempts`, { query: { resourceId }, signal }) });
}

/** Totals and recent attempts for authors and reviewers; a 403 for everyone else (not retried). Asked only when `enabled` (the viewer holds an author or reviewer role). */
export function useAttemptSummary(resourceId: string, enabled = true) {
  return useQuery({ queryKey: simulationKeys.summary(resourceId), queryFn: ({ signal }) => apiRequest<AttemptSummary>(`${base}/${encodeURIComponent(resourceId)}/attempts/summary`, { signal }), retry: false, enabled });
}

export function useLaunchSimulation() {
  return useMutation({
    mutationFn: ({ resourceId, ...input }: LaunchSimulationInput & { resourceId: string }) => apiRequest<SimulationLaunch>(`${base}/${encodeURIComponent(resourceId)}/launches`, { method: 'POST', body: input }),
  });
}

export function reportSimulationEvents(launch: Pick<SimulationLaunch, 'attempt' | 'token'>, events: SimulationEvent[]): Promise<SimulationAttempt> {
  return apiRequest<SimulationAttempt>(`${base}/attempts/${encodeURIComponent(launch.attempt.id)}/events`, { method: 'POST', body: { token: launch.token, events } });
}

/** After an attempt changes: lists and summaries refetch. The function is stable across renders. */
export function useRefreshAttempts(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => void queryClient.invalidateQueries({ queryKey: simulationKeys.all }), [queryClient]);
}
