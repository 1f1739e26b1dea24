import { defineErrors } from '../../platform/errors/app-error.js';

/** Error codes of courses, exercise sets and classes. */
export const courseErrors = defineErrors({
  COURSE_NOT_FOUND: { status: 404, messages: { en: 'Course {id} was not found', 'zh-CN': '未找到课程 {id}' } },
  COURSE_ITEM_NOT_FOUND: { status: 404, messages: { en: 'Item {id} is not in this course', 'zh-CN': '该课程中没有条目 {id}' } },
  COURSE_UNIT_NOT_FOUND: { status: 422, messages: { en: 'Unit {id} is not in this course', 'zh-CN': '该课程中没有单元 {id}' } },
  COURSE_RESOURCE_NOT_ALLOWED: {
    status: 422,
    messages: { en: 'Resource {id} cannot be used: {reason}', 'zh-CN': '资源 {id} 不能加入课程：{reason}' },
  },
  COURSE_NOT_PUBLISHABLE: { status: 409, messages: { en: 'The course cannot be published: {reason}', 'zh-CN': '课程不能发布：{reason}' } },
  COURSE_CLASS_REQUIRED: { status: 422, messages: { en: 'A course published to a class needs the class (classId)', 'zh-CN': '发布到班级的课程需要指定班级（classId）' } },
  COURSE_NOT_PUBLISHED: { status: 409, messages: { en: 'The course is not published yet', 'zh-CN': '课程尚未发布' } },
  COURSE_NOT_ENROLLED: { status: 409, messages: { en: 'Enrol in the course first', 'zh-CN': '请先加入该课程' } },
  COURSE_FOR_TEACHERS: { status: 403, messages: { en: 'This teacher-development course is for teachers only', 'zh-CN': '这是教师发展课程，仅限教师参加' } },
  COURSE_FINE_NOT_OPEN: { status: 409, messages: { en: 'Only a published open course can be a fine course', 'zh-CN': '只有已公开发布的课程可以评为精品课程' } },
  COURSE_UNIT_NOT_OPEN: { status: 409, messages: { en: 'This unit opens at {opensAt}', 'zh-CN': '该单元将于 {opensAt} 开放' } },
  COURSE_SCHEDULE_INVALID: { status: 422, messages: { en: 'The due date must be after the opening date', 'zh-CN': '截止时间必须晚于开放时间' } },
  COURSE_ITEM_NOT_EXERCISE: { status: 409, messages: { en: 'This item is not an exercise set', 'zh-CN': '该条目不是习题集' } },
  EXERCISE_SET_NOT_FOUND: { status: 404, messages: { en: 'Exercise set {id} was not found', 'zh-CN': '未找到习题集 {id}' } },
  EXERCISE_NOT_IN_SET: { status: 422, messages: { en: 'Exercise {id} is not in this exercise set', 'zh-CN': '该习题集中没有习题 {id}' } },
  EXERCISE_ALREADY_ANSWERED: { status: 409, messages: { en: 'This exercise was already answered in this attempt', 'zh-CN': '本次作答中已回答过这道题' } },
  EXERCISE_NO_OPEN_ATTEMPT: { status: 409, messages: { en: 'Start an attempt first', 'zh-CN': '请先开始作答' } },
  EXERCISE_RESPONSE_INVALID: { status: 422, messages: { en: 'The answer is not valid for this exercise: {reason}', 'zh-CN': '答案不符合题目要求：{reason}' } },
  CLASS_NOT_FOUND: { status: 404, messages: { en: 'Class {id} was not found', 'zh-CN': '未找到班级 {id}' } },
});
