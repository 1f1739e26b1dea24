import { describe, expect, it } from 'vitest';
import { findSelectedKey } from '../../ui/nav-selection.js';
import { coursesNavItems } from './courses.web.js';

describe('courses menu items', () => {
  it('select Teaching, not My courses, on the course builder; the player and list stay under My courses', () => {
    expect(findSelectedKey(coursesNavItems, '/learning/courses/c-42/edit')).toBe('learning-teaching');
    expect(findSelectedKey(coursesNavItems, '/learning/teaching')).toBe('learning-teaching');
    expect(findSelectedKey(coursesNavItems, '/learning/courses/c-42')).toBe('learning-courses');
    expect(findSelectedKey(coursesNavItems, '/learning/courses')).toBe('learning-courses');
  });
});
