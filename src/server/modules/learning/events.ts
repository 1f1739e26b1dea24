import type { DomainEvent } from '../../platform/events/event-bus.js';

/** Published after the transaction that recorded a learner's completion of a course commits. */
export const COURSE_COMPLETED = 'learning.CourseCompleted';

/** A course's audience: learners (students) or teacher-development courses. */
export type CourseAudience = 'students' | 'teachers';

export type CourseCompleted = DomainEvent & {
  type: typeof COURSE_COMPLETED;
  courseId: string;
  /** The platform user who completed the course. */
  userId: string;
  /** Their display name when they completed it. */
  learnerName: string;
  /** Their teacher college, as training records carry it (`college:<id>`); null when they teach at none. */
  collegeScope: string | null;
  audience: CourseAudience;
  /** Training hours the course is worth (teacher-development courses); 0 when it carries none. */
  trainingHours: number;
  /** ISO 8601 time of completion. */
  completedAt: string;
};
