import { z } from 'zod';

/** Teacher service: training-hour records (issue 4). Dual qualification needs enterprise-practice hours. */
export const trainingCategories = ['enterprise_practice', 'professional_skills', 'teaching_skills', 'ethics', 'digital_literacy', 'other'] as const;
export const trainingCategorySchema = z.enum(trainingCategories);
export type TrainingCategory = z.infer<typeof trainingCategorySchema>;

export const trainingStatuses = ['pending', 'approved', 'returned'] as const;
export const trainingStatusSchema = z.enum(trainingStatuses);
export type TrainingStatus = z.infer<typeof trainingStatusSchema>;

export const trainingSources = ['course', 'external'] as const;
export type TrainingSource = (typeof trainingSources)[number];

export const recordTrainingSchema = z.object({
  title: z.string().trim().min(1).max(200),
  provider: z.string().trim().min(1).max(200),
  category: trainingCategorySchema,
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  hours: z.number().positive().max(2000).multipleOf(0.5),
  /** A completed upload (document or image) as evidence: certificate, attendance sheet, enterprise confirmation. */
  evidenceUploadId: z.uuid().optional(),
});
export type RecordTrainingInput = z.infer<typeof recordTrainingSchema>;

export const trainingReviewSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve') }),
  z.object({ decision: z.literal('return'), reason: z.string().trim().min(1).max(1000) }),
]);
export type TrainingReview = z.infer<typeof trainingReviewSchema>;

export const trainingRecordSchema = z.object({
  id: z.uuid(),
  teacherUserId: z.string(),
  teacherName: z.string(),
  collegeScope: z.string().nullable(),
  source: z.enum(trainingSources),
  courseId: z.uuid().nullable(),
  title: z.string(),
  provider: z.string(),
  category: trainingCategorySchema,
  startDate: z.string(),
  endDate: z.string(),
  hours: z.number(),
  evidence: z.object({ fileName: z.string(), mimeType: z.string(), size: z.number().int() }).nullable(),
  status: trainingStatusSchema,
  reviewNote: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TrainingRecord = z.infer<typeof trainingRecordSchema>;

export const listTrainingQuerySchema = z.object({
  view: z.enum(['mine', 'review']).default('mine').describe('mine: the teacher’s own records; review: records of the college admin’s teachers'),
  status: trainingStatusSchema.optional(),
  source: z.enum(trainingSources).optional().describe('course: hours from completed teacher-development courses on the platform; external: training recorded by the teacher; absent: both'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const trainingPageSchema = z.object({ items: z.array(trainingRecordSchema), nextCursor: z.string().nullable() });

export const yearSummarySchema = z.object({
  year: z.number().int(),
  totalHours: z.number(),
  byCategory: z.partialRecord(trainingCategorySchema, z.number()),
  enterprisePracticeHours: z.number(),
});
export type TrainingYearSummary = z.infer<typeof yearSummarySchema>;
export const trainingSummarySchema = z.object({ teacherUserId: z.string(), years: z.array(yearSummarySchema) });
export type TrainingSummary = z.infer<typeof trainingSummarySchema>;
export const trainingRecordParamSchema = z.object({ id: z.uuid() });
