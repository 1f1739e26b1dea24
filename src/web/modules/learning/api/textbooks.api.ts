import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ChapterView,
  CreateEditionInput,
  CreateTextbookInput,
  EditableChapters,
  RevisionAgeReport,
  RevisionTargetKey,
  SaveChaptersInput,
  TextbookDetail,
  TextbookSummary,
  UpdateTextbookInput,
} from '../../../../shared/contracts/learning/textbooks.js';
import type { RecordTrainingInput, TrainingRecord, TrainingReview, TrainingSource, TrainingStatus, TrainingSummary } from '../../../../shared/contracts/learning/training.js';
import { apiRequest } from '../../../app/api-client.js';

export type TextbookView = 'published' | 'mine';
export type TrainingView = 'mine' | 'review';

export const textbookKeys = {
  all: ['learning', 'textbooks'] as const,
  list: (view: TextbookView) => [...textbookKeys.all, 'list', view] as const,
  textbook: (id: string) => [...textbookKeys.all, 'textbook', id] as const,
  editable: (id: string) => [...textbookKeys.all, 'editable', id] as const,
  chapter: (id: string, chapterId: string) => [...textbookKeys.all, 'chapter', id, chapterId] as const,
  revisionAge: (kind: RevisionTargetKey | undefined) => [...textbookKeys.all, 'revision-age', kind ?? 'all'] as const,
};

export const trainingKeys = {
  all: ['learning', 'training'] as const,
  list: (view: TrainingView, status: TrainingStatus | undefined, source: TrainingSource | undefined) => [...trainingKeys.all, 'list', view, status ?? 'all', source ?? 'all'] as const,
  summary: () => [...trainingKeys.all, 'summary'] as const,
};

const base = '/api/v1/learning/textbooks';
const textbookPath = (id: string) => `${base}/${encodeURIComponent(id)}`;

export function useTextbookList(view: TextbookView, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: textbookKeys.list(view),
    queryFn: ({ signal }) => apiRequest<{ items: TextbookSummary[]; nextCursor: string | null }>(base, { query: { view, limit: 100 }, signal }),
    enabled: options.enabled ?? true,
  });
}

export function useTextbook(id: string) {
  return useQuery({ queryKey: textbookKeys.textbook(id), queryFn: ({ signal }) => apiRequest<TextbookDetail>(textbookPath(id), { signal }), enabled: id.length > 0 });
}

/** Every chapter with its content, for the editor (moves no reading position). */
export function useEditableChapters(id: string) {
  return useQuery({ queryKey: textbookKeys.editable(id), queryFn: ({ signal }) => apiRequest<EditableChapters>(`${textbookPath(id)}/chapters`, { signal }), enabled: id.length > 0 });
}

/** Reading a chapter remembers it as the reader's position, so the textbook's detail is refreshed. */
export function useChapter(id: string, chapterId: string | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: textbookKeys.chapter(id, chapterId ?? ''),
    queryFn: async ({ signal }) => {
      const view = await apiRequest<ChapterView>(`${textbookPath(id)}/chapters/${encodeURIComponent(chapterId ?? '')}`, { signal });
      queryClient.setQueryData<TextbookDetail>(textbookKeys.textbook(id), (detail) => (detail ? { ...detail, lastChapterId: view.chapter.id } : detail));
      return view;
    },
    enabled: chapterId !== undefined && chapterId.length > 0,
    staleTime: 60_000,
  });
}

export function useCreateTextbook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTextbookInput) => apiRequest<TextbookDetail>(base, { method: 'POST', body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: textbookKeys.all }),
  });
}

export type TextbookAction =
  | { kind: 'metadata'; input: UpdateTextbookInput }
  | { kind: 'chapters'; input: SaveChaptersInput }
  | { kind: 'edition'; input: CreateEditionInput }
  | { kind: 'publish' };

/** Metadata, chapters, a new edition and publication: each answers with the textbook. */
export function useTextbookAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: TextbookAction) => {
      switch (action.kind) {
        case 'metadata':
          return apiRequest<TextbookDetail>(textbookPath(id), { method: 'PATCH', body: action.input });
        case 'chapters':
          return apiRequest<TextbookDetail>(`${textbookPath(id)}/chapters`, { method: 'PUT', body: action.input });
        case 'edition':
          return apiRequest<TextbookDetail>(`${textbookPath(id)}/editions`, { method: 'POST', body: action.input });
        case 'publish':
          return apiRequest<TextbookDetail>(`${textbookPath(id)}/publish`, { method: 'POST' });
      }
    },
    onSuccess: (detail) => {
      queryClient.setQueryData(textbookKeys.textbook(id), detail);
      void queryClient.invalidateQueries({ queryKey: textbookKeys.editable(id) });
      void queryClient.invalidateQueries({ queryKey: [...textbookKeys.all, 'list'] });
      void queryClient.invalidateQueries({ queryKey: [...textbookKeys.all, 'chapter', id] });
      void queryClient.invalidateQueries({ queryKey: [...textbookKeys.all, 'revision-age'] });
    },
  });
}

export function useRevisionAge(kind: RevisionTargetKey | undefined) {
  return useQuery({ queryKey: textbookKeys.revisionAge(kind), queryFn: ({ signal }) => apiRequest<RevisionAgeReport>(`${base}/revision-age`, { query: { kind }, signal }) });
}

const trainingBase = '/api/v1/learning/training';

export function useTrainingRecords(view: TrainingView, filter: { status?: TrainingStatus; source?: TrainingSource } = {}) {
  const { status, source } = filter;
  return useQuery({
    queryKey: trainingKeys.list(view, status, source),
    queryFn: ({ signal }) => apiRequest<{ items: TrainingRecord[]; nextCursor: string | null }>(`${trainingBase}/records`, { query: { view, status, source, limit: 100 }, signal }),
  });
}

export function useTrainingSummary() {
  return useQuery({ queryKey: trainingKeys.summary(), queryFn: ({ signal }) => apiRequest<TrainingSummary>(`${trainingBase}/summary`, { signal }) });
}

export function useRecordTraining() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordTrainingInput) => apiRequest<TrainingRecord>(`${trainingBase}/records`, { method: 'POST', body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

export function useReviewTraining() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, review }: { id: string; review: TrainingReview }) => apiRequest<TrainingRecord>(`${trainingBase}/records/${encodeURIComponent(id)}/review`, { method: 'POST', body: review }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

export const trainingEvidenceUrl = (id: string) => `${trainingBase}/records/${encodeURIComponent(id)}/evidence`;
