import { AuditOutlined, BookOutlined, CloudUploadOutlined, CommentOutlined } from '@ant-design/icons';
import { createElement } from 'react';
import type { Role } from '../../../shared/contracts/platform/roles.js';
import type { WebModule } from '../../app/web-module.js';
import { coursesNavItems, coursesRoutes } from './courses.web.js';
import { simulationsNavItems, simulationsRoutes } from './simulations.web.js';
import { textbooksNavItems, textbooksRoutes } from './textbooks.web.js';

const authors: readonly Role[] = ['teacher', 'enterprise'];
const reviewers: readonly Role[] = ['national_admin', 'college_admin', 'enterprise'];

/** The smart learning platform's resource library: search, resource pages with previews, upload, review. */
export const learningModule: WebModule = {
  id: 'learning',
  navItems: [
    { key: 'learning-library', path: '/learning', icon: createElement(BookOutlined), labelKey: 'learning.nav.library', hintKey: 'learning.nav.libraryHint', roles: 'signed-in', order: 300, placement: 'main' },
    { key: 'learning-upload', path: '/learning/upload', icon: createElement(CloudUploadOutlined), labelKey: 'learning.nav.upload', hintKey: 'learning.nav.uploadHint', roles: authors, order: 301, placement: 'main' },
    { key: 'learning-review', path: '/learning/review', icon: createElement(AuditOutlined), labelKey: 'learning.nav.review', hintKey: 'learning.nav.reviewHint', roles: reviewers, order: 302, placement: 'main' },
    { key: 'learning-moderation', path: '/learning/moderation', icon: createElement(CommentOutlined), labelKey: 'learning.moderation.nav', hintKey: 'learning.moderation.navHint', roles: reviewers, order: 303, placement: 'main' },
    ...coursesNavItems,
    ...textbooksNavItems,
    ...simulationsNavItems,
  ],
  routes: [
    { path: '/learning', roles: 'signed-in', load: async () => (await import('./pages/library-page.js')).LibraryPage },
    { path: '/learning/resources/:id', roles: 'signed-in', load: async () => (await import('./pages/resource-page.js')).ResourcePage },
    { path: '/learning/upload', roles: authors, load: async () => (await import('./pages/upload-page.js')).UploadPage },
    { path: '/learning/mine', roles: authors, load: async () => (await import('./pages/review-page.js')).MyResourcesPage },
    { path: '/learning/review', roles: reviewers, load: async () => (await import('./pages/review-page.js')).ReviewPage },
    { path: '/learning/moderation', roles: reviewers, load: async () => (await import('./pages/moderation-page.js')).ModerationPage },
    ...coursesRoutes,
    ...textbooksRoutes,
    ...simulationsRoutes,
  ],
};
