import { CheckSquareOutlined, FieldTimeOutlined, FileTextOutlined, IdcardOutlined } from '@ant-design/icons';
import { createElement } from 'react';
import type { Role } from '../../../shared/contracts/platform/roles.js';
import type { ModuleRoute, NavItem } from '../../app/web-module.js';

const authors: readonly Role[] = ['teacher'];
// who may see revision age (the server's viewRevisionAge)
const managers: readonly Role[] = ['national_admin', 'province_admin', 'college_admin', 'teacher', 'auditor'];
const trainingReviewers: readonly Role[] = ['college_admin'];

/** The textbooks pages' navigation entries and routes, composed into the learning module in index.ts. */
export const textbooksNavItems: readonly NavItem[] = [
  { key: 'learning-textbooks', path: '/learning/textbooks', icon: createElement(FileTextOutlined), labelKey: 'textbooks.nav.textbooks', hintKey: 'textbooks.nav.textbooksHint', roles: 'signed-in', order: 320, placement: 'main' },
  { key: 'learning-revision-age', path: '/learning/revision-age', icon: createElement(FieldTimeOutlined), labelKey: 'textbooks.nav.revisionAge', hintKey: 'textbooks.nav.revisionAgeHint', roles: managers, order: 321, placement: 'main' },
  { key: 'learning-training', path: '/learning/training', icon: createElement(IdcardOutlined), labelKey: 'textbooks.nav.training', hintKey: 'textbooks.nav.trainingHint', roles: authors, order: 340, placement: 'main' },
  { key: 'learning-training-review', path: '/learning/training/review', icon: createElement(CheckSquareOutlined), labelKey: 'textbooks.nav.trainingReview', hintKey: 'textbooks.nav.trainingReviewHint', roles: trainingReviewers, order: 341, placement: 'main' },
];

export const textbooksRoutes: readonly ModuleRoute[] = [
  { path: '/learning/textbooks', roles: 'signed-in', load: async () => (await import('./pages/textbook-list-page.js')).TextbookListPage },
  { path: '/learning/textbooks/new', roles: authors, load: async () => (await import('./pages/textbook-new-page.js')).TextbookNewPage },
  { path: '/learning/textbooks/:id', roles: 'signed-in', load: async () => (await import('./pages/textbook-reader-page.js')).TextbookReaderPage },
  { path: '/learning/textbooks/:id/edit', roles: authors, load: async () => (await import('./pages/textbook-editor-page.js')).TextbookEditorPage },
  { path: '/learning/revision-age', roles: managers, load: async () => (await import('./pages/revision-age-page.js')).RevisionAgePage },
  { path: '/learning/training', roles: authors, load: async () => (await import('./pages/training-mine-page.js')).TrainingMinePage },
  { path: '/learning/training/review', roles: trainingReviewers, load: async () => (await import('./pages/training-review-page.js')).TrainingReviewPage },
];
