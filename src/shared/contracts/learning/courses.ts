import { z } from 'zod';
import { localizedTextSchema, resourceLevelSchema, resourceTypeSchema } from './resources.js';

/** Courses built from resources and exercise sets (issue 4, "Courses"). */
export const courseAudienceSchema = z.enum(['students', 'teachers']);
export type CourseAudienceValue = z.infer<typeof courseAudienceSchema>;
export const courseStatusSchema = z.enum(['draft', 'published']);
export const courseTargetSchema = z.enum(['open', 'class']);

const titleSchema = localizedTextSchema.refine((value) => Object.values(value).every((text) => text.length <= 200), 'at most 200 characters');
const descriptionSchema = z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag'), z.string().trim().max(4000));
const isoTime = z.iso.datetime({ offset: true });

export const courseMetadataSchema = z.object({
  title: titleSchema,
  description: descriptionSchema.default({}),
  programCodes: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  knowledgePoints: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  level: resourceLevelSchema.default('higher'),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag').default('zh-CN'),
  audience: courseAudienceSchema.default('students'),
  /** Training hours a completion is worth (teacher-development courses). */
  trainingHours: z.number().min(0).max(1000).default(0),
  isCore: z.boolean().default(false),
  /** Where it is published: openly, or to one class of the teacher's college. */
  target: courseTargetSchema.default('open'),
  classId: z.uuid().nullable().default(null),
});
export const createCourseSchema = courseMetadataSchema;
export type CreateCourseInput = z.infer<typeof createCourseSchema>;
export const updateCourseSchema = courseMetadataSchema.partial();
export type UpdateCourseInput = z.infer<typeof updateCourseSchema>;

/** Structure edits as operations: the builder sends what the teacher did (drag, drop, move up/down). */
export const structureOperationSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('addUnit'), title: titleSchema, toIndex: z.number().int().min(0).optional() }),
  z.object({ op: z.literal('editUnit'), unitId: z.uuid(), title: titleSchema.optional(), opensAt: isoTime.nullable().optional(), dueAt: isoTime.nullable().optional() }),
  z.object({ op: z.literal('moveUnit'), unitId: z.uuid(), toIndex: z.number().int().min(0) }),
  z.object({ op: z.literal('removeUnit'), unitId: z.uuid() }),
  z.object({ op: z.literal('addResource'), unitId: z.uuid(), resourceId: z.uuid(), toIndex: z.number().int().min(0).optional() }),
  z.object({ op: z.literal('addExerciseSet'), unitId: z.uuid(), exerciseSetId: z.uuid(), toIndex: z.number().int().min(0).optional() }),
  z.object({ op: z.literal('moveItem'), itemId: z.uuid(), unitId: z.uuid(), toIndex: z.number().int().min(0) }),
  z.object({ op: z.literal('removeItem'), itemId: z.uuid() }),
]);
export type StructureOperation = z.infer<typeof structureOperationSchema>;
export const structureChangeSchema = z.object({ operations: z.array(structureOperationSchema).min(1).max(100) });

export const courseItemSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['resource', 'exercise_set']),
  resourceId: z.uuid().nullable(),
  resourceType: resourceTypeSchema.nullable(),
  exerciseSetId: z.uuid().nullable(),
  title: z.record(z.string(), z.string()),
  questionCount: z.number().int().nullable(),
});
export type CourseItem = z.infer<typeof courseItemSchema>;

export const courseUnitSchema = z.object({
  id: z.uuid(),
  title: z.record(z.string(), z.string()),
  opensAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  items: z.array(courseItemSchema),
});
export type CourseUnit = z.infer<typeof courseUnitSchema>;

export const courseSchema = z.object({
  id: z.uuid(),
  status: courseStatusSchema,
  title: z.record(z.string(), z.string()),
  description: z.record(z.string(), z.string()),
  programCodes: z.array(z.string()),
  knowledgePoints: z.array(z.string()),
  level: resourceLevelSchema,
  language: z.string(),
  audience: courseAudienceSchema,
  trainingHours: z.number(),
  isCore: z.boolean(),
  isFine: z.boolean(),
  target: courseTargetSchema,
  classId: z.uuid().nullable(),
  ownerScope: z.string(),
  createdBy: z.string(),
  createdByName: z.string(),
  itemCount: z.number().int(),
  publishedAt: z.string().nullable(),
  /** The last publication that changed units or items (not metadata such as a typo in the title). */
  lastSubstantiveRevisionAt: z.string().nullable(),
  updatedAt: z.string(),
  can: z.object({ edit: z.boolean(), enrol: z.boolean(), flagFine: z.boolean() }),
});
export type Course = z.infer<typeof courseSchema>;
export const courseDetailSchema = courseSchema.extend({ units: z.array(courseUnitSchema) });
export type CourseDetail = z.infer<typeof courseDetailSchema>;

export const courseParamSchema = z.object({ id: z.uuid() });
export const courseItemParamSchema = z.object({ id: z.uuid(), itemId: z.uuid() });
export const listCoursesQuerySchema = z.object({
  view: z.enum(['mine', 'teaching', 'open']).describe('mine: courses I am enrolled in; teaching: courses I created; open: published open courses'),
  fine: z.enum(['1']).optional().describe('1: only fine courses (open view)'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const coursePageSchema = z.object({ items: z.array(courseSchema), nextCursor: z.string().nullable() });
export const fineFlagSchema = z.object({ isFine: z.boolean() });

/** Per-item progress; `position` is where to resume (video seconds, a page). */
export const progressInputSchema = z.object({ position: z.number().min(0).max(1_000_000).optional(), completed: z.boolean().optional(), durationSeconds: z.number().min(0).max(86_400).optional() });
export type ProgressInput = z.infer<typeof progressInputSchema>;

export const itemProgressSchema = z.object({ itemId: z.uuid(), position: z.number().nullable(), completed: z.boolean(), updatedAt: z.string() });
export const courseProgressSchema = z.object({
  enrolled: z.boolean(),
  enrolledAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  /** The item to resume at. */
  lastItemId: z.uuid().nullable(),
  completedItems: z.number().int(),
  totalItems: z.number().int(),
  items: z.array(itemProgressSchema),
});
export type CourseProgress = z.infer<typeof courseProgressSchema>;

// --- exercises ---

export const exerciseKindSchema = z.enum(['single', 'multiple', 'true_false', 'fill_in']);
export type ExerciseKind = z.infer<typeof exerciseKindSchema>;
const optionSchema = z.object({ id: z.string().trim().min(1).max(20), text: localizedTextSchema });

export const exerciseItemInputSchema = z
  .object({
    kind: exerciseKindSchema,
    prompt: localizedTextSchema,
    /** Choices (single, multiple); true/false uses the ids `true` and `false`; fill-in has none. */
    options: z.array(optionSchema).max(10).default([]),
    /** Option ids (choices, true/false) or accepted texts (fill-in). */
    answer: z.array(z.string().trim().min(1).max(200)).min(1).max(10),
    explanation: z.record(z.string(), z.string().trim().max(2000)).default({}),
    knowledgePoints: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
    difficulty: z.number().int().min(1).max(5).default(3),
  })
  .superRefine((item, ctx) => {
    const ids = new Set(item.options.map((option) => option.id));
    if (item.kind === 'single' || item.kind === 'multiple') {
      if (item.options.length < 2) ctx.addIssue({ code: 'custom', path: ['options'], message: 'a choice needs at least two options' });
      for (const [index, answer] of item.answer.entries()) if (!ids.has(answer)) ctx.addIssue({ code: 'custom', path: ['answer', index], message: `is not an option id (${answer})` });
      if (item.kind === 'single' && item.answer.length !== 1) ctx.addIssue({ code: 'custom', path: ['answer'], message: 'a single choice has exactly one answer' });
    }
    if (item.kind === 'true_false' && (item.answer.length !== 1 || (item.answer[0] !== 'true' && item.answer[0] !== 'false'))) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'must be ["true"] or ["false"]' });
    }
  });
export type ExerciseItemInput = z.infer<typeof exerciseItemInputSchema>;

export const createExerciseSetSchema = z.object({ title: titleSchema, items: z.array(exerciseItemInputSchema).min(1).max(200) });
export type CreateExerciseSetInput = z.infer<typeof createExerciseSetSchema>;

/** A question as a learner sees it before answering: never the answer or the explanation. */
export const exerciseQuestionSchema = z.object({
  id: z.uuid(),
  kind: exerciseKindSchema,
  prompt: z.record(z.string(), z.string()),
  options: z.array(z.object({ id: z.string(), text: z.record(z.string(), z.string()) })),
  knowledgePoints: z.array(z.string()),
  difficulty: z.number().int(),
});
export const answerFeedbackSchema = z.object({
  exerciseId: z.uuid(),
  response: z.array(z.string()),
  correct: z.boolean(),
  correctAnswer: z.array(z.string()),
  explanation: z.record(z.string(), z.string()),
});
export type AnswerFeedback = z.infer<typeof answerFeedbackSchema>;
export const attemptSchema = z.object({
  id: z.uuid(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  score: z.number().int(),
  maxScore: z.number().int(),
  feedback: z.array(answerFeedbackSchema),
});
export type Attempt = z.infer<typeof attemptSchema>;
export const exerciseSheetSchema = z.object({
  exerciseSetId: z.uuid(),
  title: z.record(z.string(), z.string()),
  questions: z.array(exerciseQuestionSchema),
  /** The latest attempt (open or finished); null before the first. */
  attempt: attemptSchema.nullable(),
});
export type ExerciseSheet = z.infer<typeof exerciseSheetSchema>;
export type ExerciseQuestion = z.infer<typeof exerciseQuestionSchema>;
export const answerInputSchema = z.object({ exerciseId: z.uuid(), response: z.array(z.string().trim().max(200)).min(1).max(10) });
export const answerResultSchema = z.object({ feedback: answerFeedbackSchema, attempt: attemptSchema });

/** The author's view of an exercise set, answers included. */
export const exerciseSetSchema = z.object({
  id: z.uuid(),
  title: z.record(z.string(), z.string()),
  createdBy: z.string(),
  createdAt: z.string(),
  items: z.array(exerciseQuestionSchema.extend({ answer: z.array(z.string()), explanation: z.record(z.string(), z.string()) })),
});
export type ExerciseSet = z.infer<typeof exerciseSetSchema>;
export const exerciseSetSummarySchema = z.object({ id: z.uuid(), title: z.record(z.string(), z.string()), questionCount: z.number().int(), createdAt: z.string() });
export type ExerciseSetSummary = z.infer<typeof exerciseSetSummarySchema>;

// --- classes ---

export const createClassSchema = z.object({ name: z.string().trim().min(1).max(100), memberIds: z.array(z.string().trim().min(1).max(100)).max(500).default([]) });
export const classMembersSchema = z.object({ memberIds: z.array(z.string().trim().min(1).max(100)).max(500) });
export const classSchema = z.object({ id: z.uuid(), name: z.string(), collegeId: z.string(), memberIds: z.array(z.string()), createdAt: z.string() });
export type ClassRoster = z.infer<typeof classSchema>;
