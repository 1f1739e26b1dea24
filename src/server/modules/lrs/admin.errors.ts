import { defineErrors } from '../../platform/errors/app-error.js';

/** Errors of the LRS administration pages (the xAPI errors are in errors.ts). */
export const lrsAdminErrors = defineErrors({
  /**
   * An administrators' query ran past its time budget: on a large store a broad query (a long
   * period, a small scope among many statements, no filter) is refused rather than left to load
   * the database.
   */
  LRS_QUERY_TOO_BROAD: {
    status: 422,
    messages: {
      en: 'This query would take longer than {seconds} s: narrow the period or add a filter (learner, verb, course)',
      'zh-CN': '该查询耗时将超过 {seconds} 秒：请缩小时间范围或增加筛选条件（学习者、动词、课程）',
    },
  },
});
