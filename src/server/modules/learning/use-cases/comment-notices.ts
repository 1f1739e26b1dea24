import { buildCommentNotice, type CommentNoticeInput } from '../domain/comment-notifications.js';
import type { CommentRow } from '../comments.repository.js';
import type { ResourceRow } from '../resources.repository.js';
import type { LearningDeps } from './learning-deps.js';

export type CommentNoticeDraft = Omit<CommentNoticeInput, 'resource'>;

/** The notice for a comment's author about what happened to it (none when the author did it). */
export function authorNotice(kind: CommentNoticeDraft['kind'], comment: Pick<CommentRow, 'authorId' | 'body'>, reason?: string | null): CommentNoticeDraft {
  return { kind, recipientId: comment.authorId, commentBody: comment.body, ...(reason ? { reason } : {}) };
}

/** The notice for a top-level comment's author that someone else replied (none for a reply to oneself). */
export function replyNotice(parent: Pick<CommentRow, 'authorId'>, reply: Pick<CommentRow, 'authorId' | 'authorName' | 'body'>): CommentNoticeDraft[] {
  if (parent.authorId === reply.authorId) return [];
  return [{ kind: 'comment_replied', recipientId: parent.authorId, commentBody: reply.body, replierName: reply.authorName }];
}

/**
 * After the comment's change has committed: in-app notifications to the users concerned. A failure
 * is logged and does not undo the change (the author still sees the status on the comment).
 */
export async function sendCommentNotices(deps: LearningDeps, resource: Pick<ResourceRow, 'id' | 'title'>, drafts: readonly CommentNoticeDraft[]): Promise<void> {
  if (drafts.length === 0) return;
  try {
    await deps.notifications.notifyUsers(drafts.map((draft) => buildCommentNotice({ ...draft, resource: { id: resource.id, title: resource.title } })));
  } catch (error) {
    deps.log.error({ err: error, resourceId: resource.id, kinds: drafts.map((draft) => draft.kind) }, 'comment notifications not sent');
  }
}
