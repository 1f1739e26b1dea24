import { describe, expect, it } from 'vitest';
import { canEdit, canRead, canReview, canSubmit, statusAfterEdit, visibilityOf, type Reach, type ResourceState } from './access.js';

const nobody: Reach = { userId: 'u-other', readsProvider: false, authorsProvider: false, reviewsProvider: false };
const member: Reach = { ...nobody, readsProvider: true };
const author: Reach = { userId: 'u-author', readsProvider: true, authorsProvider: true, reviewsProvider: false };
const reviewer: Reach = { userId: 'u-reviewer', readsProvider: true, authorsProvider: false, reviewsProvider: true };
const state = (status: ResourceState['status'], audience: ResourceState['audience'] = 'public'): ResourceState => ({ status, audience, createdBy: 'u-author' });

describe('resource visibility', () => {
  it('never shows a draft to others, not even to reviewers before submission', () => {
    expect(canRead(state('draft'), nobody)).toBe(false);
    expect(canRead(state('draft'), member)).toBe(false);
    expect(canRead(state('draft'), reviewer)).toBe(false);
    expect(canRead(state('draft'), author)).toBe(true);
    expect(visibilityOf(state('draft'))).toBe('draft');
  });

  it('shows a submitted resource to its reviewers', () => {
    expect(canRead(state('in_review'), reviewer)).toBe(true);
    expect(canRead(state('in_review'), member)).toBe(false);
  });

  it('shows a published college resource to members of its providers only', () => {
    expect(canRead(state('published', 'college'), member)).toBe(true);
    expect(canRead(state('published', 'college'), nobody)).toBe(false);
    expect(canRead(state('published', 'public'), nobody)).toBe(true);
    expect(visibilityOf(state('published', 'college'))).toBe('college');
  });

  it('lets the creator or a co-author edit, except while in review', () => {
    expect(canEdit(state('draft'), { ...nobody, userId: 'u-author' })).toBe(true);
    expect(canEdit(state('returned'), author)).toBe(true);
    expect(canEdit(state('in_review'), author)).toBe(false);
    expect(canEdit(state('draft'), member)).toBe(false);
    expect(canSubmit(state('published'), author)).toBe(false);
    expect(canSubmit(state('returned'), author)).toBe(true);
  });

  it('lets only another person review, and only while in review', () => {
    expect(canReview(state('in_review'), reviewer)).toBe(true);
    expect(canReview(state('draft'), reviewer)).toBe(false);
    expect(canReview(state('in_review'), { ...reviewer, userId: 'u-author' })).toBe(false);
    expect(canReview(state('in_review'), author)).toBe(false);
  });

  it('sends an edited published resource back to draft', () => {
    expect(statusAfterEdit('published')).toBe('draft');
    expect(statusAfterEdit('returned')).toBe('returned');
  });
});
