/**
 * Who may see, change, take and flag a course. The caller's standing is decided by the authorizer
 * and the class roster; these rules combine it with the course's state (pure).
 */
export type CourseState = { status: 'draft' | 'published'; target: 'open' | 'class'; audience: 'students' | 'teachers' };

export type CourseReach = {
  isAuthor: boolean;
  /** Holds a reading role at all. */
  reads: boolean;
  /** A teacher of the course's college. */
  teachesCollege: boolean;
  /** May flag fine courses over the course's college. */
  reviewsCollege: boolean;
  isClassMember: boolean;
  isTeacher: boolean;
};

export function canReadCourse(state: CourseState, reach: CourseReach): boolean {
  if (reach.isAuthor) return true;
  if (state.status !== 'published' || !reach.reads) return false;
  if (state.target === 'open') return true;
  return reach.isClassMember || reach.teachesCollege || reach.reviewsCollege;
}

export function canEditCourse(_state: CourseState, reach: CourseReach): boolean {
  return reach.isAuthor;
}

/** Published and visible; a teacher-development course only for teachers. */
export function canEnrol(state: CourseState, reach: CourseReach): boolean {
  if (state.status !== 'published' || !canReadCourse(state, reach)) return false;
  return state.audience === 'students' || reach.isTeacher;
}

export function canFlagFine(state: CourseState, reach: CourseReach): boolean {
  return reach.reviewsCollege && state.status === 'published' && state.target === 'open';
}
