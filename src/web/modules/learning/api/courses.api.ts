import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnswerFeedback,
  Attempt,
  ClassRoster,
  Course,
  CourseDetail,
  CourseProgress,
  CreateCourseInput,
  CreateExerciseSetInput,
  ExerciseSet,
  ExerciseSetSummary,
  ExerciseSheet,
  ProgressInput,
  StructureOperation,
  UpdateCourseInput,
} from '../../../../shared/contracts/learning/courses.js';
import type { Resource } from '../../../../shared/contracts/learning/resources.js';
import { apiRequest } from '../../../app/api-client.js';

export type CourseView = 'mine' | 'teaching' | 'open';

export const courseKeys = {
  all: ['learning', 'courses'] as const,
  list: (view: CourseView, fine: boolean) => [...courseKeys.all, 'list', view, fine] as const,
  course: (id: string) => [...courseKeys.all, 'course', id] as const,
  progress: (id: string) => [...courseKeys.all, 'progress', id] as const,
  sheet: (id: string, itemId: string) => [...courseKeys.all, 'sheet', id, itemId] as const,
  exerciseSets: () => [...courseKeys.all, 'exercise-sets'] as const,
  classes: () => [...courseKeys.all, 'classes'] as const,
  myResources: () => [...courseKeys.all, 'my-resources'] as const,
};

const base = '/api/v1/learning/courses';
const coursePath = (id: string) => `${base}/${encodeURIComponent(id)}`;
const itemPath = (id: string, itemId: string) => `${coursePath(id)}/items/${encodeURIComponent(itemId)}`;

export function useCourseList(view: CourseView, options: { fine?: boolean; enabled?: boolean } = {}) {
  const fine = options.fine ?? false;
  return useQuery({
    queryKey: courseKeys.list(view, fine),
    queryFn: ({ signal }) => apiRequest<{ items: Course[]; nextCursor: string | null }>(base, { query: { view, limit: 50, ...(fine ? { fine: '1' } : {}) }, signal }),
    enabled: options.enabled ?? true,
  });
}

export function useCourse(id: string) {
  return useQuery({ queryKey: courseKeys.course(id), queryFn: ({ signal }) => apiRequest<CourseDetail>(coursePath(id), { signal }) });
}

export function useCourseProgress(id: string, enabled: boolean) {
  return useQuery({ queryKey: courseKeys.progress(id), queryFn: ({ signal }) => apiRequest<CourseProgress>(`${coursePath(id)}/progress`, { signal }), enabled });
}

export function useExerciseSets() {
  return useQuery({ queryKey: courseKeys.exerciseSets(), queryFn: ({ signal }) => apiRequest<{ items: ExerciseSetSummary[] }>(`${base}/exercise-sets`, { signal }) });
}

export function useClasses() {
  return useQuery({ queryKey: courseKeys.classes(), queryFn: ({ signal }) => apiRequest<{ items: ClassRoster[] }>(`${base}/classes`, { signal }) });
}

/** The teacher's own resources (any status), for the picker next to the library search. */
export function useMyResources() {
  return useQuery({ queryKey: courseKeys.myResources(), queryFn: ({ signal }) => apiRequest<{ items: Resource[] }>('/api/v1/learning/resources', { query: { view: 'mine', limit: 100 }, signal }) });
}

export function useCreateCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<CreateCourseInput> & Pick<CreateCourseInput, 'title'>) => apiRequest<CourseDetail>(base, { method: 'POST', body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: courseKeys.all }),
  });
}

/** Metadata edits, structure operations, publication and the fine flag: each answers with the course. */
export function useCourseAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: { kind: 'edit'; input: UpdateCourseInput } | { kind: 'structure'; operations: StructureOperation[] } | { kind: 'publish' } | { kind: 'fine'; isFine: boolean }) => {
      switch (action.kind) {
        case 'edit':
          return apiRequest<CourseDetail>(coursePath(id), { method: 'PATCH', body: action.input });
        case 'structure':
          return apiRequest<CourseDetail>(`${coursePath(id)}/structure`, { method: 'POST', body: { operations: action.operations } });
        case 'publish':
          return apiRequest<CourseDetail>(`${coursePath(id)}/publish`, { method: 'POST' });
        case 'fine':
          return apiRequest<CourseDetail>(`${coursePath(id)}/fine`, { method: 'PUT', body: { isFine: action.isFine } });
      }
    },
    onSuccess: (course) => {
      queryClient.setQueryData(courseKeys.course(id), course);
      void queryClient.invalidateQueries({ queryKey: [...courseKeys.all, 'list'] });
    },
  });
}

export function useCreateExerciseSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateExerciseSetInput) => apiRequest<ExerciseSet>(`${base}/exercise-sets`, { method: 'POST', body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: courseKeys.exerciseSets() }),
  });
}

export function useCreateClass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; memberIds: string[] }) => apiRequest<ClassRoster>(`${base}/classes`, { method: 'POST', body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: courseKeys.classes() }),
  });
}

/** What a learner does: enrol, open an item, save progress. Each answers with the new progress. */
export function useLearnerAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: { kind: 'enrol' } | { kind: 'launch'; itemId: string } | { kind: 'progress'; itemId: string; input: ProgressInput }) => {
      switch (action.kind) {
        case 'enrol':
          return apiRequest<CourseProgress>(`${coursePath(id)}/enrolment`, { method: 'POST' });
        case 'launch':
          return apiRequest<CourseProgress>(`${itemPath(id, action.itemId)}/launch`, { method: 'POST' });
        case 'progress':
          return apiRequest<CourseProgress>(`${itemPath(id, action.itemId)}/progress`, { method: 'PUT', body: action.input });
      }
    },
    onSuccess: (progress) => {
      queryClient.setQueryData(courseKeys.progress(id), progress);
      void queryClient.invalidateQueries({ queryKey: [...courseKeys.all, 'list'] });
    },
  });
}

/** Saves progress without touching the query cache (used when the page is being left). */
export function saveProgressQuietly(id: string, itemId: string, input: ProgressInput): Promise<CourseProgress> {
  return apiRequest<CourseProgress>(`${itemPath(id, itemId)}/progress`, { method: 'PUT', body: input });
}

export function useExerciseSheet(id: string, itemId: string) {
  return useQuery({ queryKey: courseKeys.sheet(id, itemId), queryFn: ({ signal }) => apiRequest<ExerciseSheet>(`${itemPath(id, itemId)}/exercises`, { signal }) });
}

export function useExerciseAction(id: string, itemId: string) {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: courseKeys.sheet(id, itemId) });
    void queryClient.invalidateQueries({ queryKey: courseKeys.progress(id) });
  };
  const start = useMutation({ mutationFn: () => apiRequest<Attempt>(`${itemPath(id, itemId)}/attempts`, { method: 'POST' }), onSuccess: refresh });
  const answer = useMutation({
    mutationFn: (input: { exerciseId: string; response: string[] }) => apiRequest<{ feedback: AnswerFeedback; attempt: Attempt }>(`${itemPath(id, itemId)}/answers`, { method: 'POST', body: input }),
    onSuccess: refresh,
  });
  return { start, answer };
}
