import { ReadOutlined, SolutionOutlined } from '@ant-design/icons';
import { createElement } from 'react';
import type { Role } from '../../../shared/contracts/platform/roles.js';
import type { ModuleRoute, NavItem } from '../../app/web-module.js';

/**
 * The role lists of the server's course permissions (`course.policies.ts`): everyone with a
 * reading role may take published courses; only teachers author them.
 */
const courseReaders: readonly Role[] = ['national_admin', 'province_admin', 'college_admin', 'teacher', 'student', 'enterprise', 'workshop_partner', 'auditor'];
const courseAuthors: readonly Role[] = ['teacher'];

/** The course builder: under My courses' path, but a Teaching page. */
const courseBuilderPath = '/learning/courses/:id/edit';

/** The courses pages' navigation entries and routes, composed into the learning module in index.ts. */
export const coursesNavItems: readonly NavItem[] = [
  { key: 'learning-courses', path: '/learning/courses', icon: createElement(ReadOutlined), labelKey: 'courses.nav.mine', hintKey: 'courses.nav.mineHint', roles: courseReaders, order: 305, placement: 'main' },
  { key: 'learning-teaching', path: '/learning/teaching', icon: createElement(SolutionOutlined), labelKey: 'courses.nav.teaching', hintKey: 'courses.nav.teachingHint', roles: courseAuthors, order: 306, placement: 'main', activeOn: [courseBuilderPath] },
];

export const coursesRoutes: readonly ModuleRoute[] = [
  { path: '/learning/courses', roles: courseReaders, load: async () => (await import('./pages/my-courses-page.js')).MyCoursesPage },
  { path: '/learning/teaching', roles: courseAuthors, load: async () => (await import('./pages/teaching-page.js')).TeachingPage },
  { path: courseBuilderPath, roles: courseAuthors, load: async () => (await import('./pages/course-builder-page.js')).CourseBuilderPage },
  { path: '/learning/courses/:id', roles: courseReaders, load: async () => (await import('./pages/course-player-page.js')).CoursePlayerPage },
];
