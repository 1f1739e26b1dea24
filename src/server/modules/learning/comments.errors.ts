import { defineErrors } from '../../platform/errors/app-error.js';

/** Comments and their moderation. */
export const commentErrors = defineErrors({
  COMMENT_NOT_FOUND: { status: 404, messages: { en: 'Comment {id} was not found', 'zh-CN': '未找到评论 {id}' } },
  COMMENT_RESOURCE_NOT_PUBLISHED: { status: 409, messages: { en: 'Only a published resource can be commented on', 'zh-CN': '只能评论已发布的资源' } },
  COMMENT_REPLY_NOT_ALLOWED: {
    status: 422,
    messages: { en: 'Replies answer a published top-level comment of the same resource (one level only)', 'zh-CN': '只能回复同一资源下已发布的一级评论（仅支持一级回复）' },
  },
  COMMENT_NOT_EDITABLE: { status: 409, messages: { en: 'The comment can no longer be changed (it is {status})', 'zh-CN': '该评论已不能修改（当前为“{status}”）' } },
  COMMENT_RATE_LIMITED: {
    status: 429,
    messages: { en: 'You can post at most {max} comments a minute; try again in {seconds} seconds', 'zh-CN': '每分钟最多发表 {max} 条评论，请在 {seconds} 秒后重试' },
  },
  COMMENT_DAILY_LIMIT: {
    status: 429,
    messages: { en: 'You can post at most {max} comments a day; try again in {seconds} seconds', 'zh-CN': '每天最多发表 {max} 条评论，请在 {seconds} 秒后重试' },
  },
  COMMENT_DUPLICATE: { status: 409, messages: { en: 'You posted the same comment on this resource a moment ago', 'zh-CN': '您刚刚在该资源下发表过相同的评论' } },
  COMMENT_REPORT_RATE_LIMITED: {
    status: 429,
    messages: { en: 'You can report at most {max} comments a day; try again in {seconds} seconds', 'zh-CN': '每天最多举报 {max} 条评论，请在 {seconds} 秒后重试' },
  },
  COMMENT_ALREADY_REPORTED: { status: 409, messages: { en: 'You have already reported this comment', 'zh-CN': '您已经举报过这条评论' } },
  COMMENT_REPORT_NOT_ALLOWED: { status: 403, messages: { en: 'You cannot report your own comment', 'zh-CN': '不能举报自己的评论' } },
  COMMENT_MODERATE_OWN: { status: 403, messages: { en: 'You cannot moderate your own comment', 'zh-CN': '不能审核自己的评论' } },
  COMMENT_NOT_PENDING: { status: 409, messages: { en: 'The comment is not waiting for a decision', 'zh-CN': '该评论没有待处理的审核' } },
  COMMENT_NOT_MODERATABLE: { status: 409, messages: { en: 'The comment was already removed or deleted', 'zh-CN': '该评论已被移除或删除' } },
});
