import { describe, expect, it } from 'vitest';
import type { CourseItem, CourseUnit } from '../../../../shared/contracts/learning/courses.js';
import { chooseCurrentItem, formatPlaybackTime, isUnitOpen, openItems } from './course-navigation.js';

const item = (id: string): CourseItem => ({ id, kind: 'resource', resourceId: id, resourceType: 'video', exerciseSetId: null, title: { 'zh-CN': id }, questionCount: null });
const unit = (id: string, items: CourseItem[], opensAt: string | null = null): CourseUnit => ({ id, title: {}, opensAt, dueAt: null, items });

const now = new Date('2026-12-02T12:00:00Z');
const course = {
  units: [unit('u1', [item('a'), item('b')]), unit('u2', [item('c')], '2026-12-01T00:00:00Z'), unit('u3', [item('d')], '2026-12-24T00:00:00Z')],
};

describe('course navigation', () => {
  it('opens a unit at its opening time, not before', () => {
    expect(isUnitOpen({ opensAt: null }, now)).toBe(true);
    expect(isUnitOpen({ opensAt: '2026-12-02T12:00:00Z' }, now)).toBe(true);
    expect(isUnitOpen({ opensAt: '2026-12-02T12:00:01Z' }, now)).toBe(false);
  });

  it('walks the items of open units in course order', () => {
    expect(openItems(course, now).map((candidate) => candidate.id)).toEqual(['a', 'b', 'c']);
  });

  it('shows the requested item, else resumes at the last item, else starts at the first', () => {
    expect(chooseCurrentItem(course, { lastItemId: 'c' }, 'b', now)).toEqual({ item: item('b'), isResumed: false });
    expect(chooseCurrentItem(course, { lastItemId: 'c' }, null, now)).toEqual({ item: item('c'), isResumed: true });
    expect(chooseCurrentItem(course, { lastItemId: null }, null, now)).toEqual({ item: item('a'), isResumed: false });
    expect(chooseCurrentItem(course, undefined, null, now).item?.id).toBe('a');
  });

  it('never chooses an item of a closed unit or one no longer in the course', () => {
    expect(chooseCurrentItem(course, { lastItemId: 'd' }, 'd', now)).toEqual({ item: item('a'), isResumed: false });
    expect(chooseCurrentItem(course, { lastItemId: 'gone' }, 'gone', now).item?.id).toBe('a');
    expect(chooseCurrentItem({ units: [] }, { lastItemId: null }, null, now)).toEqual({ item: undefined, isResumed: false });
  });

  it('formats playback positions as minutes and seconds', () => {
    expect(formatPlaybackTime(0)).toBe('0:00');
    expect(formatPlaybackTime(75.9)).toBe('1:15');
    expect(formatPlaybackTime(-3)).toBe('0:00');
  });
});
