import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DbOrTx } from '../../../db/open-db.js';
import { COURSE_COMPLETED, type CourseCompleted } from '../events.js';
import type { TrainingRecordRow } from '../teacher-service.repository.js';
import type { CourseCompletedDeps } from './training-records.js';

const stored: TrainingRecordRow[] = [];
vi.mock('../teacher-service.repository.js', () => ({
  insertCourseTrainingOnce: vi.fn(async (_db: DbOrTx, row: TrainingRecordRow) => {
    if (stored.some((existing) => existing.source === 'course' && existing.courseId === row.courseId && existing.teacherUserId === row.teacherUserId)) return false;
    stored.push(row);
    return true;
  }),
}));

const { recordCompletedCourse } = await import('./training-records.js');

const event: CourseCompleted = {
  type: COURSE_COMPLETED,
  occurredAt: '2026-05-02T10:00:00.000Z',
  courseId: '0c7e1d7a-1111-4222-8333-444455556666',
  userId: 'teacher-1',
  learnerName: '王老师',
  collegeScope: 'college:DEMO-GD-01',
  audience: 'teachers',
  trainingHours: 12,
  completedAt: '2026-05-02T10:00:00.000Z',
};

function fakes() {
  const audit = { record: vi.fn(async () => undefined) };
  const log = { info: vi.fn() };
  // the repository is faked, so the transaction handle is never used
  const tx = {} as DbOrTx;
  const deps: CourseCompletedDeps = { transaction: async (work) => work(tx), audit, log, courseTitle: async () => ({ 'zh-CN': '双师型教师研修', en: 'Dual-qualified teacher workshop' }) };
  return { deps, audit, log };
}

describe('CourseCompleted → training record', () => {
  beforeEach(() => {
    stored.length = 0;
  });

  it('records a teacher-development course as approved hours with its title, audited', async () => {
    const { deps, audit } = fakes();
    expect(await recordCompletedCourse(deps, event)).toBe(true);
    expect(stored).toEqual([expect.objectContaining({ teacherUserId: 'teacher-1', teacherName: '王老师', collegeScope: 'college:DEMO-GD-01', source: 'course', courseId: event.courseId, hours: 12, status: 'approved', year: 2026, title: '双师型教师研修', endDate: '2026-05-02' })]);
    expect(audit.record).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ kind: 'system' }), expect.objectContaining({ action: 'learning.training.course_completed', details: { courseId: event.courseId, hours: 12 } }));
  });

  it('is idempotent per course and teacher: a second delivery stores and audits nothing', async () => {
    const { deps, audit, log } = fakes();
    await recordCompletedCourse(deps, event);
    expect(await recordCompletedCourse(deps, event)).toBe(false);
    expect(stored).toHaveLength(1);
    expect(audit.record).toHaveBeenCalledTimes(1);
    expect(log.info).toHaveBeenCalledTimes(1);
    expect(await recordCompletedCourse(deps, { ...event, userId: 'teacher-2' })).toBe(true);
    expect(stored).toHaveLength(2);
  });

  it('ignores student courses and courses worth no hours', async () => {
    const { deps } = fakes();
    expect(await recordCompletedCourse(deps, { ...event, audience: 'students' })).toBe(false);
    expect(await recordCompletedCourse(deps, { ...event, trainingHours: 0 })).toBe(false);
    expect(stored).toEqual([]);
  });
});
