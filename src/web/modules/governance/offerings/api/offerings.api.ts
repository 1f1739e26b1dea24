import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ListOfferingsQuery, Offering } from '../../../../../shared/contracts/governance/offerings.js';
import { apiRequest } from '../../../../app/api-client.js';

export type OfferingPage = { items: Offering[]; nextCursor: string | null };
export type OfferingListQuery = Partial<ListOfferingsQuery>;

export const offeringsKeys = {
  all: ['governance', 'offerings'] as const,
  list: (query: OfferingListQuery) => [...offeringsKeys.all, 'list', query] as const,
};

export async function listOfferings(query: OfferingListQuery, signal?: AbortSignal): Promise<OfferingPage> {
  return apiRequest<OfferingPage>('/api/v1/governance/offerings', { query, signal });
}

export function useOfferings(query: OfferingListQuery) {
  return useQuery({
    queryKey: offeringsKeys.list(query),
    queryFn: ({ signal }) => listOfferings(query, signal),
    placeholderData: keepPreviousData,
  });
}
