import { describe, expect, it } from 'vitest';
import {
  canDeleteComment,
  canEditComment,
  canReplyTo,
  canReportComment,
  decideModeration,
  isVisibleTo,
  secondsUntilAllowed,
  stateAfterEdit,
  stateAfterPost,
  stateAfterReport,
  type CommentState,
} from './comment-rules.js';

const now = new Date('2026-12-02T10:00:00Z');
const earlier = new Date('2026-12-02T09:00:00Z');
const base: CommentState = { status: 'published', authorId: 'author', parentId: null, openReports: 0, flaggedAt: null };

describe('comment visibility and actions', () => {
  it('shows others only published comments; the author sees all but deleted ones', () => {
    for (const status of ['held', 'hidden', 'removed', 'deleted'] as const) {
      expect(isVisibleTo({ ...base, status }, 'other'), status).toBe(false);
      expect(isVisibleTo({ ...base, status }, undefined), status).toBe(false);
    }
    expect(isVisibleTo(base, 'other')).toBe(true);
    expect(isVisibleTo({ ...base, status: 'removed' }, 'author')).toBe(true);
    expect(isVisibleTo({ ...base, status: 'deleted' }, 'author')).toBe(false);
  });

  it('lets the author edit until removed, delete until deleted; others report published ones once they see them', () => {
    expect(canEditComment({ ...base, status: 'hidden' }, 'author')).toBe(true);
    expect(canEditComment({ ...base, status: 'removed' }, 'author')).toBe(false);
    expect(canEditComment(base, 'other')).toBe(false);
    expect(canDeleteComment({ ...base, status: 'removed' }, 'author')).toBe(true);
    expect(canDeleteComment({ ...base, status: 'deleted' }, 'author')).toBe(false);
    expect(canReportComment(base, 'author')).toBe(false);
    expect(canReportComment(base, 'other')).toBe(true);
    expect(canReportComment({ ...base, status: 'hidden' }, 'other')).toBe(false);
  });

  it('allows one level of replies to published comments', () => {
    expect(canReplyTo(base)).toBe(true);
    expect(canReplyTo({ ...base, parentId: 'p' })).toBe(false);
    expect(canReplyTo({ ...base, status: 'held' })).toBe(false);
  });
});

describe('comment transitions', () => {
  it('holds a post with a blocked term', () => {
    expect(stateAfterPost(['代写'], now)).toEqual({ status: 'held', flaggedAt: now });
    expect(stateAfterPost([], now)).toEqual({ status: 'published', flaggedAt: null });
  });

  it('re-checks an edit: held when blocked, published when clean, hidden stays hidden', () => {
    expect(stateAfterEdit(base, ['代写'], now)).toEqual({ status: 'held', flaggedAt: now });
    expect(stateAfterEdit({ ...base, status: 'held', flaggedAt: earlier }, [], now)).toEqual({ status: 'published', flaggedAt: null });
    expect(stateAfterEdit({ ...base, openReports: 1, flaggedAt: earlier }, [], now)).toEqual({ status: 'published', flaggedAt: earlier });
    expect(stateAfterEdit({ ...base, status: 'hidden', openReports: 3, flaggedAt: earlier }, [], now)).toEqual({ status: 'hidden', flaggedAt: earlier });
    expect(stateAfterEdit({ ...base, status: 'removed' }, [], now)).toBeUndefined();
  });

  it('queues from the first report and hides at the threshold', () => {
    const first = stateAfterReport(base, 3, now);
    expect(first).toEqual({ status: 'published', openReports: 1, flaggedAt: now });
    const second = stateAfterReport({ ...base, ...first }, 3, earlier);
    expect(second).toEqual({ status: 'published', openReports: 2, flaggedAt: now });
    expect(stateAfterReport({ ...base, ...second }, 3, now).status).toBe('hidden');
    // a held comment is not un-held by reports
    expect(stateAfterReport({ ...base, status: 'held', openReports: 5, flaggedAt: now }, 3, now).status).toBe('held');
  });

  it('approves only what is pending, removes with a reason, never one’s own', () => {
    expect(decideModeration({ ...base, status: 'held', flaggedAt: now }, 'moderator', { decision: 'approve' })).toEqual({ ok: true, status: 'published', outcome: 'approved', reason: null });
    expect(decideModeration(base, 'moderator', { decision: 'approve' })).toEqual({ ok: false, error: 'COMMENT_NOT_PENDING' });
    expect(decideModeration(base, 'moderator', { decision: 'remove', reason: '广告' })).toEqual({ ok: true, status: 'removed', outcome: 'removed', reason: '广告' });
    expect(decideModeration({ ...base, status: 'held', flaggedAt: now }, 'author', { decision: 'approve' })).toEqual({ ok: false, error: 'COMMENT_MODERATE_OWN' });
    expect(decideModeration({ ...base, status: 'deleted' }, 'moderator', { decision: 'remove', reason: 'x' })).toEqual({ ok: false, error: 'COMMENT_NOT_MODERATABLE' });
  });
});

describe('rate limit window', () => {
  it('waits until the oldest of the last max actions leaves the window', () => {
    expect(secondsUntilAllowed({ count: 4, oldestAt: now }, 5, 60_000, now)).toBe(0);
    expect(secondsUntilAllowed({ count: 5, oldestAt: new Date(now.getTime() - 45_000) }, 5, 60_000, now)).toBe(15);
    expect(secondsUntilAllowed({ count: 5, oldestAt: new Date(now.getTime() - 59_900) }, 5, 60_000, now)).toBe(1);
  });
});
