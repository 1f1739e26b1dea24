import { z } from 'zod';
import { iriSchema, type LanguageMap } from './statement-browse.js';

/** The activity type xAPI (ADL vocabulary) gives a course. */
export const COURSE_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/course';

/** The longest window a chart may cover, in days. */
export const MAX_WINDOW_DAYS = 366;

const dateSchema = z.iso.date().describe('A calendar day, YYYY-MM-DD');

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Days from `from` to `to`, both included. */
export function windowDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

const windowShape = {
  from: dateSchema,
  to: dateSchema,
  timeZone: z
    .string()
    .max(64)
    .regex(/^[A-Za-z][A-Za-z0-9_+/-]*$/, 'must be an IANA time zone such as Asia/Shanghai')
    .refine(isTimeZone, 'must be an IANA time zone such as Asia/Shanghai')
    .default('Asia/Shanghai')
    .describe('IANA time zone the days are counted in'),
};

/** The window checks every activity query shares: from ≤ to, at most MAX_WINDOW_DAYS days. */
function checkWindow<T extends z.ZodType<{ from: string; to: string }>>(schema: T) {
  return schema
    .refine((w) => w.from <= w.to, { path: ['to'], message: 'must not be before from' })
    .refine((w) => windowDays(w.from, w.to) <= MAX_WINDOW_DAYS, { path: ['to'], message: `the window may span at most ${MAX_WINDOW_DAYS} days` });
}

/**
 * A window of calendar days in a time zone (IANA name; China's Asia/Shanghai by default). Days
 * are counted on the time the LRS stored each statement.
 */
export const activityWindowSchema = checkWindow(z.object(windowShape));
export type ActivityWindow = z.infer<typeof activityWindowSchema>;

/** GET /api/v1/lrs/courses: the courses with statements in the window, in the caller's scope. */
export const listCoursesQuerySchema = activityWindowSchema;
export type ListCoursesQuery = z.infer<typeof listCoursesQuerySchema>;

export const courseSummarySchema = z.object({
  id: z.string(),
  name: z.record(z.string(), z.string()).nullable(),
  statements: z.number().int(),
  learners: z.number().int(),
  lastStored: z.string(),
});
export type CourseSummary = z.infer<typeof courseSummarySchema>;

export const courseListSchema = z.object({ items: z.array(courseSummarySchema) });
export type CourseList = z.infer<typeof courseListSchema>;

/**
 * GET /api/v1/lrs/courses/activity: statements per day and verb for one course. A statement
 * belongs to the course when the course is its object or one of its context activities
 * (parent, grouping, category, other) — what xAPI's `activity` + `related_activities` match.
 */
export const courseActivityQuerySchema = checkWindow(z.object({ course: iriSchema.describe('Course activity IRI'), ...windowShape }));
export type CourseActivityQuery = z.infer<typeof courseActivityQuerySchema>;

export const courseActivitySchema = z.object({
  course: z.object({ id: z.string(), name: z.record(z.string(), z.string()).nullable() }),
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  /** The verbs seen, most used first, with a display map taken from one of their statements. */
  verbs: z.array(z.object({ id: z.string(), display: z.record(z.string(), z.string()), statements: z.number().int() })),
  /** Every day of the window, in order, zero-filled. `counts` is keyed by verb id. */
  days: z.array(z.object({ day: z.string(), learners: z.number().int(), statements: z.number().int(), counts: z.record(z.string(), z.number().int()) })),
  totals: z.object({ statements: z.number().int(), learners: z.number().int() }),
});
export type CourseActivity = z.infer<typeof courseActivitySchema>;

export type { LanguageMap };
