import type { Session, TestLuban } from '../../../testing/test-luban.js';
import type { CourseDetail, CreateExerciseSetInput, StructureOperation } from '../../../../shared/contracts/learning/courses.js';

/** Test helpers: courses and exercise sets over the real routes. */
export const sampleExerciseSet: CreateExerciseSetInput = {
  title: { 'zh-CN': '数控编程小测', en: 'CNC programming quiz' },
  items: [
    {
      kind: 'single',
      prompt: { 'zh-CN': 'G01 表示什么？', en: 'What does G01 mean?' },
      options: [
        { id: 'a', text: { 'zh-CN': '快速定位', en: 'Rapid positioning' } },
        { id: 'b', text: { 'zh-CN': '直线插补', en: 'Linear interpolation' } },
      ],
      answer: ['b'],
      explanation: { 'zh-CN': 'G01 是直线插补。', en: 'G01 is linear interpolation.' },
      knowledgePoints: ['G代码编程'],
      difficulty: 2,
    },
    {
      kind: 'true_false',
      prompt: { 'zh-CN': 'G00 用于切削加工。', en: 'G00 is used for cutting.' },
      options: [],
      answer: ['false'],
      explanation: { 'zh-CN': 'G00 是快速定位，不切削。', en: 'G00 is rapid positioning, not cutting.' },
      knowledgePoints: ['快速定位'],
      difficulty: 1,
    },
  ],
};

export async function createExerciseSet(t: TestLuban, teacher: Session, input: CreateExerciseSetInput = sampleExerciseSet): Promise<string> {
  const response = await t.request({ method: 'POST', url: '/api/v1/learning/courses/exercise-sets', session: teacher, body: input });
  if (response.statusCode !== 201) throw new Error(`exercise set refused: ${response.body}`);
  return response.json<{ id: string }>().id;
}

export async function createCourse(t: TestLuban, teacher: Session, body: Record<string, unknown>): Promise<CourseDetail> {
  const response = await t.request({ method: 'POST', url: '/api/v1/learning/courses', session: teacher, body });
  if (response.statusCode !== 201) throw new Error(`course refused: ${response.body}`);
  return response.json<CourseDetail>();
}

export async function changeStructure(t: TestLuban, teacher: Session, courseId: string, operations: StructureOperation[]): Promise<CourseDetail> {
  const response = await t.request({ method: 'POST', url: `/api/v1/learning/courses/${courseId}/structure`, session: teacher, body: { operations } });
  if (response.statusCode !== 200) throw new Error(`structure refused: ${response.body}`);
  return response.json<CourseDetail>();
}

/** A course with one unit holding the resource and the exercise set, published. */
export async function publishCourse(t: TestLuban, teacher: Session, fixture: { title: Record<string, string>; resourceId: string; exerciseSetId: string; extra?: Record<string, unknown> }): Promise<CourseDetail> {
  const course = await createCourse(t, teacher, { title: fixture.title, ...fixture.extra });
  const withUnit = await changeStructure(t, teacher, course.id, [{ op: 'addUnit', title: { 'zh-CN': '第一单元', en: 'Unit 1' } }]);
  const unitId = withUnit.units[0]?.id ?? '';
  await changeStructure(t, teacher, course.id, [
    { op: 'addResource', unitId, resourceId: fixture.resourceId },
    { op: 'addExerciseSet', unitId, exerciseSetId: fixture.exerciseSetId },
  ]);
  const published = await t.request({ method: 'POST', url: `/api/v1/learning/courses/${course.id}/publish`, session: teacher });
  if (published.statusCode !== 200) throw new Error(`publish refused: ${published.body}`);
  return published.json<CourseDetail>();
}
