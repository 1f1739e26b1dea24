import type { LocalizedText } from '../../../../shared/contracts/governance/findings.js';

/**
 * What a comment's author is told when its outcome changes (held by a blocked term, hidden after
 * reports, released or removed by a moderator) and what a top-level comment's author is told when
 * someone replies. The notification points at the resource; the comment itself is quoted.
 */
export type CommentNoticeKind = 'comment_held' | 'comment_hidden' | 'comment_released' | 'comment_removed' | 'comment_replied';

export type CommentNotice = { userId: string; kind: CommentNoticeKind; entityType: 'learning-resource'; entityId: string; title: LocalizedText; body: LocalizedText };

export type CommentNoticeInput = {
  kind: CommentNoticeKind;
  recipientId: string;
  resource: { id: string; title: Record<string, string> };
  /** The comment the notice is about: the author's own, or the reply for `comment_replied`. */
  commentBody: string;
  /** The moderator's reason (`comment_removed`). */
  reason?: string | null;
  /** Who replied (`comment_replied`). */
  replierName?: string;
};

const EXCERPT_LENGTH = 40;

/** The first characters of a comment on one line, cut at a code point with an ellipsis. */
export function commentExcerpt(body: string, length = EXCERPT_LENGTH): string {
  const line = body.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length <= length ? line : `${chars.slice(0, length).join('')}…`;
}

function titleIn(title: Record<string, string>, locale: 'zh-CN' | 'en'): string {
  const other = locale === 'en' ? 'zh-CN' : 'en';
  return title[locale] || title[other] || Object.values(title).find((text) => text.length > 0) || '';
}

export function buildCommentNotice(input: CommentNoticeInput): CommentNotice {
  const zh = titleIn(input.resource.title, 'zh-CN');
  const en = titleIn(input.resource.title, 'en');
  const quote = commentExcerpt(input.commentBody);
  const texts = noticeTexts(input, { zh, en, quote });
  return { userId: input.recipientId, kind: input.kind, entityType: 'learning-resource', entityId: input.resource.id, ...texts };
}

function noticeTexts(input: CommentNoticeInput, text: { zh: string; en: string; quote: string }): { title: LocalizedText; body: LocalizedText } {
  const { zh, en, quote } = text;
  switch (input.kind) {
    case 'comment_held':
      return {
        title: { 'zh-CN': '您的评论待审核', en: 'Your comment awaits moderation' },
        body: { 'zh-CN': `您在《${zh}》的评论“${quote}”含有需要审核的词语，审核通过后才会向他人显示。`, en: `Your comment “${quote}” on “${en}” contains a term that needs review; others see it once a moderator approves it.` },
      };
    case 'comment_hidden':
      return {
        title: { 'zh-CN': '您的评论已被隐藏', en: 'Your comment was hidden' },
        body: { 'zh-CN': `您在《${zh}》的评论“${quote}”被多次举报，在审核员处理前不向他人显示。`, en: `Your comment “${quote}” on “${en}” was reported several times; it is hidden from others until a moderator decides.` },
      };
    case 'comment_released':
      return {
        title: { 'zh-CN': '您的评论已通过审核', en: 'Your comment was approved' },
        body: { 'zh-CN': `您在《${zh}》的评论“${quote}”已由审核员通过，所有人可见。`, en: `A moderator approved your comment “${quote}” on “${en}”; everyone sees it now.` },
      };
    case 'comment_removed': {
      const reason = input.reason ?? '';
      return {
        title: { 'zh-CN': '您的评论已被移除', en: 'Your comment was removed' },
        body: { 'zh-CN': `您在《${zh}》的评论“${quote}”已被审核员移除。原因：${reason}`, en: `A moderator removed your comment “${quote}” on “${en}”. Reason: ${reason}` },
      };
    }
    case 'comment_replied': {
      const name = input.replierName ?? '';
      return {
        title: { 'zh-CN': '您的评论有新回复', en: 'New reply to your comment' },
        body: { 'zh-CN': `${name} 在《${zh}》回复了您：“${quote}”`, en: `${name} replied to you on “${en}”: “${quote}”` },
      };
    }
  }
}
