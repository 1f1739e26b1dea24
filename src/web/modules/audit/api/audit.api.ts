import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { AuditEntry, AuditVerification, ListAuditQuery } from '../../../../shared/contracts/platform/audit.js';
import { apiRequest } from '../../../app/api-client.js';

export type AuditPage = { items: AuditEntry[]; nextCursor: string | null };
export type AuditQuery = Partial<ListAuditQuery>;

export const auditKeys = {
  all: ['audit'] as const,
  entries: () => [...auditKeys.all, 'entries'] as const,
  entryList: (query: AuditQuery) => [...auditKeys.entries(), query] as const,
};

export async function listAuditEntries(query: AuditQuery, signal?: AbortSignal): Promise<AuditPage> {
  return apiRequest<AuditPage>('/api/v1/audit/entries', { query, signal });
}

export async function verifyAuditChain(): Promise<AuditVerification> {
  return apiRequest<AuditVerification>('/api/v1/audit/verify');
}

export function useAuditEntries(query: AuditQuery) {
  return useQuery({
    queryKey: auditKeys.entryList(query),
    queryFn: ({ signal }) => listAuditEntries(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** Verification walks the whole chain, so it runs only when asked (a mutation, though it reads). */
export function useVerifyAuditChain() {
  return useMutation({ mutationFn: verifyAuditChain });
}
