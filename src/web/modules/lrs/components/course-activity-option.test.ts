import { describe, expect, it } from 'vitest';
import type { CourseActivity } from '../../../../shared/contracts/lrs/course-activity.js';
import { courseActivityOption, courseActivityTable } from './course-activity-option.js';
import { iriTail, pickLanguageText } from './language-text.js';

const report: CourseActivity = {
  course: { id: 'https://luban.example/courses/cnc', name: { 'zh-CN': '数控加工' } },
  from: '2025-03-01',
  to: '2025-03-02',
  timeZone: 'Asia/Shanghai',
  verbs: [
    { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { 'zh-CN': '尝试', 'en-US': 'attempted' }, statements: 3 },
    { id: 'http://adlnet.gov/expapi/verbs/completed', display: {}, statements: 1 },
  ],
  days: [
    { day: '2025-03-01', learners: 2, statements: 3, counts: { 'http://adlnet.gov/expapi/verbs/attempted': 2, 'http://adlnet.gov/expapi/verbs/completed': 1 } },
    { day: '2025-03-02', learners: 1, statements: 1, counts: { 'http://adlnet.gov/expapi/verbs/attempted': 1 } },
  ],
  totals: { statements: 4, learners: 2 },
};

const labels = { learners: '活跃学习者', statementsAxis: '语句数', learnersAxis: '学习者' };

describe('course activity chart option', () => {
  it('stacks one bar series per verb, zero where a day lacks the verb, and draws learners on the second axis', () => {
    const option = courseActivityOption(report, 'zh-CN', labels);
    const series = option.series as { type: string; name: string; data: number[]; stack?: string; yAxisIndex?: number }[];
    expect(series.map((s) => [s.type, s.name])).toEqual([
      ['bar', '尝试'],
      ['bar', 'completed'],
      ['line', '活跃学习者'],
    ]);
    expect(series[0]?.data).toEqual([2, 1]);
    expect(series[1]?.data).toEqual([1, 0]);
    expect(series[2]).toMatchObject({ data: [2, 1], yAxisIndex: 1 });
    expect(series[0]?.stack).toBe(series[1]?.stack);
    expect(option.xAxis).toMatchObject({ data: ['2025-03-01', '2025-03-02'] });
  });

  it('names verbs in the interface language', () => {
    const series = courseActivityOption(report, 'en', labels).series as { name: string }[];
    expect(series[0]?.name).toBe('attempted');
  });
});

describe('course activity table view', () => {
  it('has one row per day with a column per verb, the day total and learners', () => {
    const table = courseActivityTable(report, 'zh-CN', { ...labels, day: '日期', statements: '合计' });
    expect(table.columns.map((c) => c.title)).toEqual(['日期', '尝试', 'completed', '合计', '活跃学习者']);
    expect(table.rows).toEqual([
      { day: '2025-03-01', v0: 2, v1: 1, statements: 3, learners: 2 },
      { day: '2025-03-02', v0: 1, v1: 0, statements: 1, learners: 1 },
    ]);
  });
});

describe('language text', () => {
  it('prefers the exact tag, then the language, then English, then any', () => {
    expect(pickLanguageText({ 'zh-CN': '完成', en: 'completed' }, 'zh-CN')).toBe('完成');
    expect(pickLanguageText({ 'zh-Hans': '完成', en: 'completed' }, 'zh-CN')).toBe('完成');
    expect(pickLanguageText({ fr: 'terminé', 'en-US': 'completed' }, 'zh-CN')).toBe('completed');
    expect(pickLanguageText({ fr: 'terminé' }, 'en')).toBe('terminé');
    expect(pickLanguageText(null, 'en')).toBeUndefined();
  });

  it('shortens an IRI to its last segment', () => {
    expect(iriTail('http://adlnet.gov/expapi/verbs/completed')).toBe('completed');
    expect(iriTail('https://example.org/verbs#answered')).toBe('answered');
    expect(iriTail('urn:x')).toBe('urn:x');
  });
});
