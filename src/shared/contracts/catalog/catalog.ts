import { z } from 'zod';
import { pageQuerySchema, pageSchema } from '../platform/common.js';

/** 中职 (secondary vocational), 高职专科 (higher vocational), 职业本科 (vocational undergraduate). */
export const catalogLevelSchema = z.enum(['secondary', 'higher', 'undergraduate']);
export type CatalogLevel = z.infer<typeof catalogLevelSchema>;
export const catalogLevels = catalogLevelSchema.options;

/** An edition (the 2021 catalog) or one of its yearly supplements (增补). */
export const versionKindSchema = z.enum(['edition', 'supplement']);
export type VersionKind = z.infer<typeof versionKindSchema>;

export const versionIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'letters, digits, . _ - (at most 40)');

const levelCountsSchema = z.object({ secondary: z.number().int(), higher: z.number().int(), undergraduate: z.number().int() });
export type LevelCounts = z.infer<typeof levelCountsSchema>;

export const catalogVersionSchema = z.object({
  id: z.string(),
  title: z.string(),
  titleEn: z.string().nullable(),
  kind: versionKindSchema,
  year: z.number().int(),
  /** The edition this version belongs to (an edition's own id). */
  editionId: z.string(),
  previousVersionId: z.string().nullable(),
  source: z.string().nullable(),
  authority: z.string().nullable(),
  effectiveFrom: z.string().nullable(),
  /** Sample data shipped with the demo: codes are not official. */
  isSample: z.boolean(),
  /** The version the platform uses by default: the newest real one, else the newest sample. */
  isCurrent: z.boolean(),
  programCounts: levelCountsSchema,
  createdAt: z.string(),
});
export type CatalogVersion = z.infer<typeof catalogVersionSchema>;

export const versionParamSchema = z.object({ versionId: versionIdSchema });
export const programParamSchema = z.object({ versionId: versionIdSchema, code: z.string().trim().min(1).max(40) });

export const categoryRankSchema = z.enum(['major', 'category']);
export const categorySchema = z.object({
  code: z.string(),
  level: catalogLevelSchema,
  /** 专业大类 (major category) or 专业类 (category). */
  rank: categoryRankSchema,
  parentCode: z.string().nullable(),
  name: z.string(),
  nameEn: z.string().nullable(),
  programCount: z.number().int(),
});
export type Category = z.infer<typeof categorySchema>;

export const categoryTreeSchema = z.object({
  versionId: z.string(),
  isSample: z.boolean(),
  majors: z.array(categorySchema.extend({ categories: z.array(categorySchema) })),
});
export type CategoryTree = z.infer<typeof categoryTreeSchema>;
export const categoriesQuerySchema = z.object({ level: catalogLevelSchema.optional() });

export const classificationRefSchema = z.object({
  setId: z.string(),
  kind: z.enum(['industry', 'isced', 'alignment', 'chain']),
  itemCode: z.string(),
  name: z.string().nullable(),
  tier: z.string().nullable(),
  regionCode: z.string().nullable(),
});

export const programSchema = z.object({
  versionId: z.string(),
  code: z.string(),
  level: catalogLevelSchema,
  name: z.string(),
  nameEn: z.string().nullable(),
  majorCode: z.string(),
  categoryCode: z.string(),
  isSample: z.boolean(),
  /** Programs of a higher level this one leads to (接续专业). */
  continuesTo: z.array(z.string()),
});
export type Program = z.infer<typeof programSchema>;
export const programPageSchema = pageSchema(programSchema);

export const listProgramsQuerySchema = pageQuerySchema.extend({
  level: catalogLevelSchema.optional(),
  major: z.string().trim().max(40).optional().describe('Major category (专业大类) code'),
  category: z.string().trim().max(40).optional().describe('Category (专业类) code'),
  q: z.string().trim().max(100).optional().describe('Matches code, Chinese or English name'),
  classification: z.string().trim().max(120).optional().describe('setId:itemCode — programs attached to this reference item'),
});
export type ListProgramsQuery = z.infer<typeof listProgramsQuerySchema>;

export const revisionKindSchema = z.enum(['added', 'renamed', 'merged', 'discontinued', 'regrouped', 'split', 'kept']);
export type RevisionKind = z.infer<typeof revisionKindSchema>;

export const revisionSchema = z.object({
  id: z.number().int(),
  versionId: z.string(),
  level: catalogLevelSchema,
  kind: revisionKindSchema,
  predecessorCodes: z.array(z.string()),
  successorCodes: z.array(z.string()),
  note: z.string().nullable(),
  /** Created by Luban for a new code that no change record named (always `added`). */
  isDerived: z.boolean(),
});
export type Revision = z.infer<typeof revisionSchema>;
export const listRevisionsQuerySchema = z.object({ level: catalogLevelSchema.optional(), kind: revisionKindSchema.optional() });

export const programDetailSchema = programSchema.extend({
  majorName: z.string().nullable(),
  categoryName: z.string().nullable(),
  continuesFrom: z.array(z.object({ code: z.string(), name: z.string(), level: catalogLevelSchema })),
  continuesToDetail: z.array(z.object({ code: z.string(), name: z.string(), level: catalogLevelSchema })),
  classifications: z.array(classificationRefSchema),
  /** Change records of this version that produced this code. */
  revisions: z.array(revisionSchema),
});
export type ProgramDetail = z.infer<typeof programDetailSchema>;

const amplitudeMethodSchema = z.object({
  /** null when the denominator is 0. */
  rate: z.number().nullable(),
  numerator: z.number().int(),
  denominator: z.number().int(),
  counts: z.record(revisionKindSchema, z.number().int()),
  definition: z.string(),
});
export const amplitudeSchema = z.object({
  versionId: z.string(),
  againstVersionId: z.string(),
  level: catalogLevelSchema,
  /** MOE: (added + renamed + merged + discontinued + regrouped + split) ÷ (old catalog + all its supplements). */
  moe: amplitudeMethodSchema,
  /** The paper: (added + discontinued + substantially revised [merged, split]) ÷ the old version's programs. */
  paper: amplitudeMethodSchema,
});
export type Amplitude = z.infer<typeof amplitudeSchema>;
export const amplitudeQuerySchema = z.object({
  level: catalogLevelSchema,
  against: versionIdSchema.optional().describe('Compare with this earlier version; default: the previous edition (or the previous version for a supplement)'),
});

export const followQuerySchema = z.object({
  code: z.string().trim().min(1).max(40),
  from: versionIdSchema,
  to: versionIdSchema,
});
export const followResultSchema = z.object({
  code: z.string(),
  fromVersionId: z.string(),
  toVersionId: z.string(),
  direction: z.enum(['forward', 'backward', 'none']),
  /** continued: `codes` hold the code(s) in the target version; discontinued: no successor; added-later (following backward): no ancestor in the target version; untracked: a code vanished without a change record. */
  outcome: z.enum(['continued', 'discontinued', 'added-later', 'unknown-code', 'untracked']),
  codes: z.array(z.string()),
  steps: z.array(z.object({ versionId: z.string(), codes: z.array(z.string()), revisions: z.array(revisionSchema) })),
});
export type FollowResult = z.infer<typeof followResultSchema>;
