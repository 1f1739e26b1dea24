import { z } from 'zod';

/** The kinds of learning resource (issue 4). */
export const resourceTypes = ['document', 'video', 'audio', 'image', 'h5', 'exercise_set', 'virtual_simulation', 'textbook_chapter'] as const;
export const resourceTypeSchema = z.enum(resourceTypes);
export type ResourceType = z.infer<typeof resourceTypeSchema>;

/** Lifecycle: a draft is submitted for review; a reviewer publishes it or returns it with a reason. */
export const resourceStatuses = ['draft', 'in_review', 'returned', 'published'] as const;
export const resourceStatusSchema = z.enum(resourceStatuses);
export type ResourceStatus = z.infer<typeof resourceStatusSchema>;

/** Who sees a published resource: members of its providers' scopes, or everyone signed in. */
export const audienceSchema = z.enum(['college', 'public']);
export type Audience = z.infer<typeof audienceSchema>;
/** What a reader sees: `draft` until published, then the audience. */
export const visibilitySchema = z.enum(['draft', 'college', 'public']);
export type Visibility = z.infer<typeof visibilitySchema>;

export const resourceLevels = ['secondary', 'higher', 'undergraduate', 'continuing'] as const;
export const resourceLevelSchema = z.enum(resourceLevels);
export type ResourceLevel = z.infer<typeof resourceLevelSchema>;

/** Text in several languages: zh-CN and/or en required, further BCP 47 tags allowed. */
export const localizedTextSchema = z
  .record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag'), z.string().trim().max(4000))
  .refine((value) => Object.values(value).some((text) => text.length > 0), 'needs text in at least one language')
  .refine((value) => Object.keys(value).length <= 10, 'at most 10 languages');
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const providerScopeSchema = z.string().regex(/^(college|enterprise):[A-Za-z0-9_-]{1,40}$/, 'must be college:<id> or enterprise:<id>');

const languageTagSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag');
/** A description may be empty in every language. */
const descriptionSchema = z.record(languageTagSchema, z.string().trim().max(4000)).refine((value) => Object.keys(value).length <= 10, 'at most 10 languages');

const titleSchema = localizedTextSchema.refine((value) => Object.values(value).every((text) => text.length <= 200), 'at most 200 characters');

export const resourceMetadataSchema = z.object({
  title: titleSchema,
  description: descriptionSchema.optional(),
  programCodes: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  knowledgePoints: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  level: resourceLevelSchema,
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag'),
  licence: z.string().trim().min(1).max(100),
  audience: audienceSchema.default('college'),
});

export const createResourceSchema = resourceMetadataSchema.extend({
  type: resourceTypeSchema,
  /** Providers: the author's own scope is always one; a co-built resource names a college and an enterprise. */
  providers: z.array(providerScopeSchema).max(5).default([]),
  /** A completed upload to attach as version 1. */
  uploadId: z.uuid().optional(),
  changeNote: z.string().trim().max(500).optional(),
});
export type CreateResourceInput = z.infer<typeof createResourceSchema>;

export const updateResourceSchema = resourceMetadataSchema.partial().extend({
  /** A completed upload: the new file of the new version. */
  uploadId: z.uuid().optional(),
  changeNote: z.string().trim().min(1).max(500),
});
export type UpdateResourceInput = z.infer<typeof updateResourceSchema>;

export const reviewDecisionSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('publish') }),
  z.object({ decision: z.literal('return'), reason: z.string().trim().min(1).max(1000) }),
]);
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

export const ratingSchema = z.object({ stars: z.number().int().min(1).max(5) });

export const resourceVersionSchema = z.object({
  version: z.number().int(),
  fileName: z.string().nullable(),
  mimeType: z.string().nullable(),
  size: z.number().int().nullable(),
  changeNote: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type ResourceVersion = z.infer<typeof resourceVersionSchema>;

export const providerSchema = z.object({ scope: z.string(), kind: z.enum(['college', 'enterprise']), name: z.string() });

export const resourceSchema = z.object({
  id: z.uuid(),
  type: resourceTypeSchema,
  status: resourceStatusSchema,
  visibility: visibilitySchema,
  audience: audienceSchema,
  title: localizedTextSchema,
  description: z.record(z.string(), z.string()),
  programCodes: z.array(z.string()),
  categoryCodes: z.array(z.string()),
  knowledgePoints: z.array(z.string()),
  level: resourceLevelSchema,
  language: z.string(),
  licence: z.string(),
  providers: z.array(providerSchema),
  currentVersion: z.number().int(),
  file: z.object({ fileName: z.string(), mimeType: z.string(), size: z.number().int(), previewKind: z.enum(['pdf', 'video', 'audio', 'image', 'h5', 'download']) }).nullable(),
  createdBy: z.string(),
  createdByName: z.string(),
  reviewNote: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  rating: z.object({ average: z.number().nullable(), count: z.number().int() }),
  isFavourite: z.boolean(),
  /** What the caller may do next. */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean() }),
});
export type Resource = z.infer<typeof resourceSchema>;

export const resourceDetailSchema = resourceSchema.extend({
  versions: z.array(resourceVersionSchema),
  /** The stars the caller gave it; null when they have not rated it. */
  myRating: z.number().int().min(1).max(5).nullable(),
});
export type ResourceDetail = z.infer<typeof resourceDetailSchema>;

export const resourceParamSchema = z.object({ id: z.uuid() });
export const resourceDetailQuerySchema = z.object({
  in: z.enum(['course']).optional().describe('course: read by the course player, whose launch records the view inside the course (no library view is recorded)'),
});
export const fileQuerySchema = z.object({
  version: z.coerce.number().int().min(1).optional(),
  download: z.enum(['1']).optional().describe('1: as an attachment (records a download)'),
});

export const listResourcesQuerySchema = z.object({
  view: z.enum(['mine', 'review', 'favourites']).describe('mine: resources I created; review: waiting for my review; favourites: my favourites'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const resourcePageSchema = z.object({ items: z.array(resourceSchema), nextCursor: z.string().nullable() });
