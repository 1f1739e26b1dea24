import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RuleRun, StartRuleRunRequest } from '../../../../../shared/contracts/governance/rule-runs.js';
import { apiRequest } from '../../../../app/api-client.js';

const base = '/api/v1/governance/rule-runs';

export const ruleRunsKeys = {
  all: ['governance', 'rule-runs'] as const,
  latest: () => [...ruleRunsKeys.all, 'latest'] as const,
};

export async function startRuleRun(request: StartRuleRunRequest): Promise<RuleRun> {
  return apiRequest<RuleRun>(base, { method: 'POST', body: request });
}

export async function listLatestRuleRuns(signal?: AbortSignal): Promise<RuleRun[]> {
  const page = await apiRequest<{ items: RuleRun[]; nextCursor: string | null }>(base, { query: { limit: 5 }, signal });
  return page.items;
}

/** The newest runs the caller may see (to suggest a year and show when rules last ran). */
export function useLatestRuleRuns(isEnabled: boolean) {
  return useQuery({ queryKey: ruleRunsKeys.latest(), queryFn: ({ signal }) => listLatestRuleRuns(signal), enabled: isEnabled });
}

/** Runs the rule packs in force; the findings become warnings, so warning lists and counts refetch. */
export function useStartRuleRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startRuleRun,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ruleRunsKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['governance', 'warnings'] });
      void queryClient.invalidateQueries({ queryKey: ['governance', 'notifications'] });
    },
  });
}
