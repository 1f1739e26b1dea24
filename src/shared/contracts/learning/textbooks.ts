import { z } from 'zod';
import { audienceSchema, localizedTextSchema, resourceLevelSchema } from './resources.js';

/** Digital textbooks (issue 4): editions, chapters (chapter/section) mapped to programs and knowledge points, revision history. */
export const textbookStatuses = ['draft', 'published'] as const;
export const textbookStatusSchema = z.enum(textbookStatuses);
export type TextbookStatus = z.infer<typeof textbookStatusSchema>;

const titleSchema = localizedTextSchema.refine((value) => Object.values(value).every((text) => text.length <= 200), 'at most 200 characters');
const isoDateSchema = z.iso.date();
const programCodesSchema = z.array(z.string().trim().min(1).max(40)).max(20).default([]);
const knowledgePointsSchema = z.array(z.string().trim().min(1).max(100)).max(50).default([]);

export const textbookMetadataSchema = z.object({
  title: titleSchema,
  /** ISBN-10 or ISBN-13, hyphens allowed; its check digit is verified. */
  isbn: z.string().trim().max(20).optional(),
  publisher: z.string().trim().min(1).max(200),
  authors: z.array(z.string().trim().min(1).max(100)).min(1).max(20),
  level: resourceLevelSchema,
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag').default('zh-CN'),
  programCodes: programCodesSchema,
  audience: audienceSchema.default('college'),
});

export const createTextbookSchema = textbookMetadataSchema.extend({
  /** The first edition. */
  edition: z.object({ number: z.number().int().min(1).max(99).default(1), publishedOn: isoDateSchema, changeNotes: z.string().trim().max(2000).default('') }),
});
export type CreateTextbookInput = z.infer<typeof createTextbookSchema>;

export const updateTextbookSchema = textbookMetadataSchema.partial();
export type UpdateTextbookInput = z.infer<typeof updateTextbookSchema>;

export const sectionInputSchema = z.object({
  /** Keep an existing chapter's id so readers' positions survive a re-ordering. */
  id: z.uuid().optional(),
  title: titleSchema,
  programCodes: programCodesSchema,
  knowledgePoints: knowledgePointsSchema,
  /** Rich text (HTML); sanitized before it is stored. */
  content: z.string().max(200_000).default(''),
  /** A published `textbook_chapter` resource shown with the chapter. */
  resourceId: z.uuid().optional(),
});
export const chapterInputSchema = sectionInputSchema.extend({ sections: z.array(sectionInputSchema).max(50).default([]) });

/** The whole table of contents of the current edition, in reading order, with a revision note. */
export const saveChaptersSchema = z.object({
  chapters: z.array(chapterInputSchema).min(1).max(100),
  revision: z.object({ summary: z.string().trim().min(1).max(1000), isSubstantive: z.boolean() }),
});
export type SaveChaptersInput = z.infer<typeof saveChaptersSchema>;

export const createEditionSchema = z.object({ number: z.number().int().min(1).max(99), publishedOn: isoDateSchema, changeNotes: z.string().trim().min(1).max(2000) });
export type CreateEditionInput = z.infer<typeof createEditionSchema>;

export const textbookParamSchema = z.object({ id: z.uuid() });
export const chapterParamSchema = z.object({ id: z.uuid(), chapterId: z.uuid() });

export const tocEntrySchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  number: z.string().describe('"2" for a chapter, "2.1" for a section'),
  title: z.record(z.string(), z.string()),
  programCodes: z.array(z.string()),
  knowledgePoints: z.array(z.string()),
  resourceId: z.uuid().nullable(),
});
export type TocEntry = z.infer<typeof tocEntrySchema>;

export const editionSchema = z.object({ number: z.number().int(), publishedOn: z.string(), changeNotes: z.string(), createdAt: z.string() });
export const revisionSchema = z.object({ id: z.uuid(), edition: z.number().int(), summary: z.string(), isSubstantive: z.boolean(), revisedByName: z.string(), revisedAt: z.string() });
export type TextbookRevision = z.infer<typeof revisionSchema>;

export const textbookSummarySchema = z.object({
  id: z.uuid(),
  status: textbookStatusSchema,
  audience: audienceSchema,
  title: z.record(z.string(), z.string()),
  isbn: z.string().nullable(),
  publisher: z.string(),
  authors: z.array(z.string()),
  level: resourceLevelSchema,
  language: z.string(),
  programCodes: z.array(z.string()),
  categoryCodes: z.array(z.string()),
  currentEdition: z.number().int(),
  lastSubstantiveRevisionAt: z.string(),
  createdByName: z.string(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  can: z.object({ edit: z.boolean() }),
});
export type TextbookSummary = z.infer<typeof textbookSummarySchema>;

export const textbookDetailSchema = textbookSummarySchema.extend({
  toc: z.array(tocEntrySchema),
  editions: z.array(editionSchema),
  revisions: z.array(revisionSchema),
  /** The caller's last chapter read, to resume there. */
  lastChapterId: z.uuid().nullable(),
});
export type TextbookDetail = z.infer<typeof textbookDetailSchema>;

/** Every chapter and section with its (sanitized) content, for the textbook's editors. */
export const editableChaptersSchema = z.object({ items: z.array(tocEntrySchema.extend({ content: z.string() })) });
export type EditableChapters = z.infer<typeof editableChaptersSchema>;

export const chapterViewSchema = z.object({
  textbookId: z.uuid(),
  chapter: tocEntrySchema.extend({ content: z.string() }),
  previousId: z.uuid().nullable(),
  nextId: z.uuid().nullable(),
  /** Position in reading order, from 1. */
  position: z.number().int(),
  count: z.number().int(),
});
export type ChapterView = z.infer<typeof chapterViewSchema>;

export const listTextbooksQuerySchema = z.object({
  view: z.enum(['published', 'mine']).default('published').describe('published: what the caller may read; mine: the caller’s own, drafts included'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const textbookPageSchema = z.object({ items: z.array(textbookSummarySchema), nextCursor: z.string().nullable() });

/** Revision age (textbooks and core courses) against configurable targets. */
export const revisionTargetKeys = ['textbook', 'core_course'] as const;
export const revisionTargetKeySchema = z.enum(revisionTargetKeys);
export type RevisionTargetKey = z.infer<typeof revisionTargetKeySchema>;

export const revisionTargetsSchema = z.object({
  textbook: z.object({ months: z.number(), isDefault: z.boolean(), updatedAt: z.string().nullable(), updatedByName: z.string().nullable() }),
  core_course: z.object({ months: z.number(), isDefault: z.boolean(), updatedAt: z.string().nullable(), updatedByName: z.string().nullable() }),
});
export type RevisionTargets = z.infer<typeof revisionTargetsSchema>;

export const updateRevisionTargetsSchema = z
  .object({ textbook: z.number().min(0.5).max(120).optional(), core_course: z.number().min(0.5).max(120).optional() })
  .refine((value) => value.textbook !== undefined || value.core_course !== undefined, 'give at least one target');
export type UpdateRevisionTargetsInput = z.infer<typeof updateRevisionTargetsSchema>;

export const revisionAgeQuerySchema = z.object({
  category: z.string().trim().max(40).optional().describe('Catalog program category code'),
  kind: revisionTargetKeySchema.optional(),
  overdueOnly: z.enum(['true', 'false']).optional(),
});

export const revisionAgeRowSchema = z.object({
  kind: revisionTargetKeySchema,
  id: z.uuid(),
  title: z.record(z.string(), z.string()),
  categoryCodes: z.array(z.string()),
  lastSubstantiveRevisionAt: z.string(),
  ageMonths: z.number(),
  targetMonths: z.number(),
  overdueMonths: z.number(),
  isOverdue: z.boolean(),
});
export type RevisionAgeRow = z.infer<typeof revisionAgeRowSchema>;

export const revisionAgeReportSchema = z.object({
  rows: z.array(revisionAgeRowSchema),
  distribution: z.array(z.object({ bucket: z.enum(['lt3m', '3to12m', '1to2y', '2to3y', '3to5y', 'ge5y']), textbooks: z.number().int(), coreCourses: z.number().int() })),
  targets: revisionTargetsSchema,
  /** Whether core courses are part of the report (the course tables are read when present). */
  includesCoreCourses: z.boolean(),
});
export type RevisionAgeReport = z.infer<typeof revisionAgeReportSchema>;
