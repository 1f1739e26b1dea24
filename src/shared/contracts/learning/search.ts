import { z } from 'zod';
import { resourceLevelSchema, resourceTypeSchema } from './resources.js';

export const searchSorts = ['relevance', 'recent', 'rating'] as const;
export type SearchSort = (typeof searchSorts)[number];

/** What one search covers: resources, courses and textbooks share `learning.search_documents`. */
export const searchKinds = ['resource', 'course', 'textbook'] as const;
export const searchKindSchema = z.enum(searchKinds);
export type SearchKind = z.infer<typeof searchKindSchema>;

/** The page a hit links to (web routes under /learning). */
export function searchTargetPath(kind: SearchKind, id: string): string {
  const segment = { resource: 'resources', course: 'courses', textbook: 'textbooks' }[kind];
  return `/learning/${segment}/${encodeURIComponent(id)}`;
}

export const searchQuerySchema = z.object({
  q: z.string().trim().max(200).default('').describe('Words in Chinese or English; empty lists everything visible'),
  kind: searchKindSchema.optional(),
  type: resourceTypeSchema.optional(),
  level: resourceLevelSchema.optional(),
  language: z.string().max(20).optional(),
  category: z.string().max(40).optional().describe('Catalog program category code'),
  provider: z.enum(['college', 'enterprise', 'co-built']).optional(),
  sort: z.enum(searchSorts).default('relevance'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).max(1000).default(0),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** A run of snippet text; `isMatch` marks a query term (render it highlighted, never as HTML). */
export const snippetPartSchema = z.object({ text: z.string(), isMatch: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPartSchema>;

export const searchHitSchema = z.object({
  kind: searchKindSchema,
  id: z.uuid(),
  /** A resource's type; a course or textbook carries its own kind here ('course', 'textbook'). */
  type: z.string(),
  title: z.record(z.string(), z.string()),
  titleParts: z.array(snippetPartSchema),
  snippet: z.array(snippetPartSchema),
  level: resourceLevelSchema,
  language: z.string(),
  programCodes: z.array(z.string()),
  providerKinds: z.array(z.string()),
  publishedAt: z.string(),
  rating: z.number().nullable(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const facetCountSchema = z.object({ value: z.string(), count: z.number().int() });
export type FacetCount = z.infer<typeof facetCountSchema>;

export const searchResultSchema = z.object({
  total: z.number().int(),
  /** true when counts stop at the candidate limit (very broad queries). */
  isTotalCapped: z.boolean(),
  hits: z.array(searchHitSchema),
  facets: z.object({
    kind: z.array(facetCountSchema),
    type: z.array(facetCountSchema),
    category: z.array(facetCountSchema),
    level: z.array(facetCountSchema),
    language: z.array(facetCountSchema),
    provider: z.array(facetCountSchema),
  }),
  /** The terms the query was segmented into (what was searched for). */
  terms: z.array(z.string()),
  /** true when nothing matched the words and fuzzy title matching found these. */
  isFuzzy: z.boolean(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
