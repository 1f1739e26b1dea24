import { describe, expect, it } from 'vitest';
import { canEnrol, canFlagFine, canReadCourse, type CourseReach } from './course-access.js';

const nobody: CourseReach = { isAuthor: false, reads: true, teachesCollege: false, reviewsCollege: false, isClassMember: false, isTeacher: false };

describe('course access', () => {
  it('a draft is seen by its author only; a class course by its members and the college', () => {
    expect(canReadCourse({ status: 'draft', target: 'open', audience: 'students' }, nobody)).toBe(false);
    expect(canReadCourse({ status: 'draft', target: 'open', audience: 'students' }, { ...nobody, isAuthor: true })).toBe(true);
    const classCourse = { status: 'published', target: 'class', audience: 'students' } as const;
    expect(canReadCourse(classCourse, nobody)).toBe(false);
    expect(canReadCourse(classCourse, { ...nobody, isClassMember: true })).toBe(true);
    expect(canReadCourse(classCourse, { ...nobody, teachesCollege: true })).toBe(true);
  });

  it('teacher-development courses enrol teachers only; only open published courses can be fine', () => {
    const forTeachers = { status: 'published', target: 'open', audience: 'teachers' } as const;
    expect(canEnrol(forTeachers, nobody)).toBe(false);
    expect(canEnrol(forTeachers, { ...nobody, isTeacher: true })).toBe(true);
    expect(canFlagFine(forTeachers, { ...nobody, reviewsCollege: true })).toBe(true);
    expect(canFlagFine({ ...forTeachers, target: 'class' }, { ...nobody, reviewsCollege: true })).toBe(false);
  });
});
