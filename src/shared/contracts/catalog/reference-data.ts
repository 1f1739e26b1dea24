import { z } from 'zod';
import { pageQuerySchema, pageSchema } from '../platform/common.js';

/**
 * Reference data attached to programs, each kind versioned and configurable:
 * national economic industry sections (GB/T 4754), ISCED-F 2013 fields, the industries
 * of the three alignment tiers, and key industrial chains.
 */
export const referenceKindSchema = z.enum(['industry', 'isced', 'alignment', 'chain']);
export type ReferenceKind = z.infer<typeof referenceKindSchema>;

/** 国家重点产业 / 区域支柱产业 / 地方特色产业. */
export const alignmentTierSchema = z.enum(['national-key', 'regional-pillar', 'local-distinctive']);
export type AlignmentTier = z.infer<typeof alignmentTierSchema>;

export const referenceSetIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/, 'letters, digits, . _ - (at most 60)');

export const referenceSetSchema = z.object({
  id: z.string(),
  kind: referenceKindSchema,
  version: z.string(),
  title: z.string(),
  titleEn: z.string().nullable(),
  /** Issuing authority (e.g. 国家统计局, UNESCO-UIS, a provincial government). */
  authority: z.string().nullable(),
  source: z.string().nullable(),
  effectiveFrom: z.string().nullable(),
  isSample: z.boolean(),
  itemCount: z.number().int(),
  createdAt: z.string(),
});
export type ReferenceSet = z.infer<typeof referenceSetSchema>;
export const listReferenceSetsQuerySchema = z.object({ kind: referenceKindSchema.optional() });

export const referenceItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  parentCode: z.string().nullable(),
  /** Position in the classification (section, broad, narrow, detailed …). */
  rank: z.string().nullable(),
  /** Alignment items only: the tier, and the region it applies to (null = national). */
  tier: alignmentTierSchema.nullable(),
  regionCode: z.string().nullable(),
});
export type ReferenceItem = z.infer<typeof referenceItemSchema>;
export const referenceItemPageSchema = pageSchema(referenceItemSchema);
export const setParamSchema = z.object({ setId: referenceSetIdSchema });
export const listReferenceItemsQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  tier: alignmentTierSchema.optional(),
  region: z.string().regex(/^\d{6}$/).optional(),
});

export const setProgramClassificationsRequestSchema = z.object({
  /** Replaces every classification of the program in these sets. */
  items: z.array(z.object({ setId: referenceSetIdSchema, itemCode: z.string().trim().min(1).max(40) })).max(100),
});
export type SetProgramClassificationsRequest = z.infer<typeof setProgramClassificationsRequestSchema>;
