import type { CommentSettingsInput, ModerationDecision } from '../../../../shared/contracts/learning/comments.js';

/**
 * The life of a comment and who sees it.
 *
 * - Posting: `published`, or `held` when a blocked term matched (only the author sees it).
 * - Reports: each user reports a comment once; while reports are open the comment is in the
 *   moderation queue, and when `reportThreshold` users have reported it, it is `hidden` (only the
 *   author sees it) until a moderator decides. Reports count from zero again after a decision.
 * - Moderators (the resource's providers' reviewers and national administrators) approve
 *   (`published`) or remove with a reason (`removed`: the author sees the reason). Nobody
 *   moderates their own comment.
 * - The author edits while the comment is published, held or hidden: the new text is checked
 *   again (a published comment with a blocked term is held; a held one without is published;
 *   a hidden one stays hidden, so editing does not escape reports). The author deletes it at any
 *   time (`deleted`: shown to nobody, out of the queue).
 */
export type StoredCommentStatus = 'published' | 'held' | 'hidden' | 'removed' | 'deleted';

export type CommentState = {
  status: StoredCommentStatus;
  authorId: string;
  parentId: string | null;
  openReports: number;
  flaggedAt: Date | null;
};

/** What a platform starts with; national administrators change them (GET/PUT /learning/comments/settings). */
export const defaultCommentSettings: CommentSettingsInput = {
  blockedTerms: ['加微信', '加qq', '代写', '代考', '刷单', '办证', '代开发票', '博彩', '赌博', '色情', '傻逼', 'casino', 'viagra', 'porn', 'escort', 'buy followers', 'fuck'],
  reportThreshold: 3,
  commentsPerMinute: 5,
  commentsPerDay: 200,
  reportsPerDay: 50,
};

const isAuthor = (state: Pick<CommentState, 'authorId'>, viewerId: string | undefined) => viewerId !== undefined && viewerId === state.authorId;

/** Others see published comments only; the author also sees what waits for, or got, a decision. */
export function isVisibleTo(state: Pick<CommentState, 'status' | 'authorId'>, viewerId: string | undefined): boolean {
  if (state.status === 'published') return true;
  return isAuthor(state, viewerId) && state.status !== 'deleted';
}

export function canEditComment(state: Pick<CommentState, 'status' | 'authorId'>, viewerId: string | undefined): boolean {
  return isAuthor(state, viewerId) && (state.status === 'published' || state.status === 'held' || state.status === 'hidden');
}

export function canDeleteComment(state: Pick<CommentState, 'status' | 'authorId'>, viewerId: string | undefined): boolean {
  return isAuthor(state, viewerId) && state.status !== 'deleted';
}

export function canReportComment(state: Pick<CommentState, 'status' | 'authorId'>, viewerId: string | undefined): boolean {
  return viewerId !== undefined && !isAuthor(state, viewerId) && state.status === 'published';
}

/** One level of replies: only a published top-level comment is answered. */
export function canReplyTo(state: Pick<CommentState, 'status' | 'parentId'>): boolean {
  return state.parentId === null && state.status === 'published';
}

export type Flagging = Pick<CommentState, 'status' | 'flaggedAt'>;

export function stateAfterPost(matchedTerms: readonly string[], now: Date): Flagging {
  return matchedTerms.length > 0 ? { status: 'held', flaggedAt: now } : { status: 'published', flaggedAt: null };
}

/** The status after the author's edit, or undefined when the comment may not be edited. */
export function stateAfterEdit(state: CommentState, matchedTerms: readonly string[], now: Date): Flagging | undefined {
  const isBlocked = matchedTerms.length > 0;
  if (state.status === 'hidden') return { status: 'hidden', flaggedAt: state.flaggedAt ?? now };
  if (state.status === 'held' || state.status === 'published') {
    if (isBlocked) return { status: 'held', flaggedAt: state.flaggedAt ?? now };
    // still in the queue when reports are open, published either way
    return { status: 'published', flaggedAt: state.openReports > 0 ? (state.flaggedAt ?? now) : null };
  }
  return undefined;
}

/** One more report: in the queue from the first, hidden from the threshold on. */
export function stateAfterReport(state: CommentState, threshold: number, now: Date): Pick<CommentState, 'status' | 'openReports' | 'flaggedAt'> {
  const openReports = state.openReports + 1;
  return { openReports, flaggedAt: state.flaggedAt ?? now, status: state.status === 'published' && openReports >= threshold ? 'hidden' : state.status };
}

export type ModerationOutcome =
  | { ok: true; status: 'published' | 'removed'; outcome: 'approved' | 'removed'; reason: string | null }
  | { ok: false; error: 'COMMENT_MODERATE_OWN' | 'COMMENT_NOT_PENDING' | 'COMMENT_NOT_MODERATABLE' };

/** Approve what waits for a decision; remove anything still standing. */
export function decideModeration(state: CommentState, moderatorId: string, decision: ModerationDecision): ModerationOutcome {
  if (state.authorId === moderatorId) return { ok: false, error: 'COMMENT_MODERATE_OWN' };
  if (state.status === 'removed' || state.status === 'deleted') return { ok: false, error: 'COMMENT_NOT_MODERATABLE' };
  if (decision.decision === 'approve') {
    if (state.flaggedAt === null) return { ok: false, error: 'COMMENT_NOT_PENDING' };
    return { ok: true, status: 'published', outcome: 'approved', reason: null };
  }
  return { ok: true, status: 'removed', outcome: 'removed', reason: decision.reason };
}

export type RecentActivity = { count: number; oldestAt: Date | null };

/**
 * Seconds until one more action fits in a sliding window, or 0 when it fits now: with `max`
 * actions in the window, the oldest of them has to leave it first.
 */
export function secondsUntilAllowed(recent: RecentActivity, max: number, windowMs: number, now: Date): number {
  if (recent.count < max) return 0;
  const oldest = recent.oldestAt ?? now;
  return Math.max(1, Math.ceil((oldest.getTime() + windowMs - now.getTime()) / 1000));
}
