import { defineErrors } from '../../platform/errors/app-error.js';

/** Textbooks, revision age and teacher service. */
export const textbookErrors = defineErrors({
  TEXTBOOK_NOT_FOUND: { status: 404, messages: { en: 'Textbook {id} was not found', 'zh-CN': '未找到教材 {id}' } },
  TEXTBOOK_CHAPTER_NOT_FOUND: { status: 404, messages: { en: 'Chapter {chapterId} is not in this textbook', 'zh-CN': '该教材中没有章节 {chapterId}' } },
  TEXTBOOK_ISBN_INVALID: {
    status: 422,
    messages: { en: 'ISBN {isbn} is not valid: {reason}', 'zh-CN': 'ISBN {isbn} 无效：{reason}' },
  },
  TEXTBOOK_NO_CHAPTERS: { status: 409, messages: { en: 'A textbook needs at least one chapter before it is published', 'zh-CN': '教材至少要有一章才能发布' } },
  TEXTBOOK_ALREADY_PUBLISHED: { status: 409, messages: { en: 'The textbook is already published', 'zh-CN': '该教材已发布' } },
  TEXTBOOK_EDITION_NOT_NEWER: {
    status: 409,
    messages: { en: 'Edition {number} is not newer than the current edition {current}', 'zh-CN': '第 {number} 版不晚于当前的第 {current} 版' },
  },
  TEXTBOOK_CHAPTER_RESOURCE_INVALID: {
    status: 422,
    messages: { en: 'Resource {id} cannot be linked to a chapter: {reason}', 'zh-CN': '资源 {id} 不能关联到章节：{reason}' },
  },
  TRAINING_RECORD_NOT_FOUND: { status: 404, messages: { en: 'Training record {id} was not found', 'zh-CN': '未找到培训记录 {id}' } },
  TRAINING_PERIOD_INVALID: { status: 422, messages: { en: 'The training period is not valid: {reason}', 'zh-CN': '培训时间无效：{reason}' } },
  TRAINING_NOT_REVIEWABLE: {
    status: 409,
    messages: { en: 'Only a pending external record can be reviewed (it is {status})', 'zh-CN': '只有待审核的校外培训记录可以审核（当前为“{status}”）' },
  },
  TRAINING_NO_COLLEGE: { status: 403, messages: { en: 'Only a teacher of a college records training', 'zh-CN': '只有院校教师可以登记培训' } },
  TRAINING_HAS_NO_EVIDENCE: { status: 404, messages: { en: 'The training record has no evidence file', 'zh-CN': '该培训记录没有证明材料' } },
});
