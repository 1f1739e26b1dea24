import type { CourseActivity } from '../../../../shared/contracts/lrs/course-activity.js';
import type { ChartTable } from '../../../ui/chart-card.js';
import type { EChartOption } from '../../../ui/lazy-echart.js';
import { iriTail, pickLanguageText } from './language-text.js';

export type CourseActivityLabels = { learners: string; statementsAxis: string; learnersAxis: string };

/**
 * The course activity chart: one stacked bar series per verb (most used first) on the left
 * axis, active learners as a line on the right axis, one category per day of the window.
 */
export function courseActivityOption(report: CourseActivity, locale: string, labels: CourseActivityLabels): EChartOption {
  const days = report.days.map((day) => day.day);
  const verbSeries = report.verbs.map((verb) => ({
    type: 'bar' as const,
    name: pickLanguageText(verb.display, locale) ?? iriTail(verb.id),
    stack: 'statements',
    emphasis: { focus: 'series' as const },
    data: report.days.map((day) => day.counts[verb.id] ?? 0),
  }));
  const learners = {
    type: 'line' as const,
    name: labels.learners,
    yAxisIndex: 1,
    symbolSize: 6,
    data: report.days.map((day) => day.learners),
  };
  return {
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 48, right: 48, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: days, axisLabel: { formatter: (value: string) => value.slice(5) } },
    yAxis: [
      { type: 'value', name: labels.statementsAxis, minInterval: 1 },
      { type: 'value', name: labels.learnersAxis, minInterval: 1, splitLine: { show: false } },
    ],
    series: [...verbSeries, learners],
  };
}

/** The same figures as the chart, one row per day: the chart card's table view. */
export function courseActivityTable(report: CourseActivity, locale: string, labels: CourseActivityLabels & { day: string; statements: string }): ChartTable {
  const verbColumns = report.verbs.map((verb, index) => ({ key: `v${index}`, title: pickLanguageText(verb.display, locale) ?? iriTail(verb.id), isNumeric: true }));
  return {
    rowKey: 'day',
    columns: [
      { key: 'day', title: labels.day },
      ...verbColumns,
      { key: 'statements', title: labels.statements, isNumeric: true },
      { key: 'learners', title: labels.learners, isNumeric: true },
    ],
    rows: report.days.map((day) => {
      const row: Record<string, string | number> = { day: day.day, statements: day.statements, learners: day.learners };
      report.verbs.forEach((verb, index) => {
        row[`v${index}`] = day.counts[verb.id] ?? 0;
      });
      return row;
    }),
  };
}
