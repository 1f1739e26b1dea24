import { describe, expect, it } from 'vitest';
import { buildCourseStatement, courseActivityId, isoDuration } from './course-statements.js';
import { COURSE_ACTIVITY_TYPE, extensionIri, learnerVerbs } from './statements.js';

const course = { id: 'c1', title: { 'zh-CN': '数控加工', en: '' }, language: 'zh-CN', programCodes: ['460103'], knowledgePoints: ['G代码编程'] };
const learner = { userId: 'u1', displayName: '学生' };
const timestamp = new Date('2026-03-01T08:00:00Z');

describe('course statements', () => {
  it('an answer carries the course as parent, success, response and the exercise knowledge points', () => {
    const statement = buildCourseStatement({
      verb: 'answered', learner, course, timestamp, itemId: 'i1', knowledgePoints: ['快速定位'],
      object: { kind: 'exercise', id: 'e1', exerciseKind: 'true_false', prompt: { en: 'G00 cuts?' } },
      result: { success: false, response: 'true', score: { raw: 0, min: 0, max: 1 } },
    });
    expect(statement.verb.id).toBe(learnerVerbs.answered.id);
    expect(statement.object.definition).toMatchObject({ type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'true-false' });
    expect(statement.context.contextActivities.parent).toEqual([{ objectType: 'Activity', id: courseActivityId('c1'), definition: { name: { 'zh-CN': '数控加工' }, type: COURSE_ACTIVITY_TYPE } }]);
    expect(statement.context.extensions[extensionIri.knowledgePoints]).toEqual(['G代码编程', '快速定位']);
    expect(statement.result).toEqual({ success: false, response: 'true', score: { raw: 0, min: 0, max: 1, scaled: 0 } });
    expect(statement.timestamp).toBe('2026-03-01T08:00:00.000Z');
  });

  it('the course completing is the object itself, with a duration and no parent', () => {
    const statement = buildCourseStatement({ verb: 'completed', learner, course, timestamp, object: { kind: 'course' }, result: { completion: true, durationSeconds: 3725.5 } });
    expect(statement.object).toMatchObject({ id: courseActivityId('c1'), definition: { type: COURSE_ACTIVITY_TYPE } });
    expect(statement.context.contextActivities).toEqual({});
    expect(statement.result).toEqual({ completion: true, duration: 'PT3725.5S' });
    expect(isoDuration(0.004)).toBe('PT0S');
  });
});
