import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CourseActivity, CourseList } from '../../../../shared/contracts/lrs/course-activity.js';
import type { BrowseStatementsQuery, BrowsedStatementPage } from '../../../../shared/contracts/lrs/statement-browse.js';
import { apiRequest } from '../../../app/api-client.js';

export type StatementFilterQuery = Partial<Omit<BrowseStatementsQuery, 'cursor' | 'limit'>>;
export type ActivityWindowQuery = { from: string; to: string; timeZone: string };

export const lrsStatementKeys = {
  all: ['lrs', 'statements'] as const,
  list: (query: StatementFilterQuery & { cursor?: string; limit: number }) => [...lrsStatementKeys.all, 'list', query] as const,
  courses: (window: ActivityWindowQuery) => ['lrs', 'courses', window] as const,
  courseActivity: (course: string, window: ActivityWindowQuery) => ['lrs', 'course-activity', course, window] as const,
};

export function useBrowsedStatements(query: StatementFilterQuery & { cursor?: string; limit: number }) {
  return useQuery({
    queryKey: lrsStatementKeys.list(query),
    queryFn: ({ signal }) => apiRequest<BrowsedStatementPage>('/api/v1/lrs/statements', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useActiveCourses(window: ActivityWindowQuery) {
  return useQuery({
    queryKey: lrsStatementKeys.courses(window),
    queryFn: ({ signal }) => apiRequest<CourseList>('/api/v1/lrs/courses', { query: window, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCourseActivity(course: string | undefined, window: ActivityWindowQuery) {
  return useQuery({
    queryKey: lrsStatementKeys.courseActivity(course ?? '', window),
    queryFn: ({ signal }) => apiRequest<CourseActivity>('/api/v1/lrs/courses/activity', { query: { course, ...window }, signal }),
    enabled: course !== undefined,
    placeholderData: keepPreviousData,
  });
}
