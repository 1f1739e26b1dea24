import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Comment, CommentPage, CommentSettings, CommentSettingsInput, ModerationDecision, ModerationQueue, ReportReason } from '../../../../shared/contracts/learning/comments.js';
import { apiRequest } from '../../../app/api-client.js';

const base = '/api/v1/learning';

export const commentKeys = {
  all: ['learning', 'comments'] as const,
  thread: (resourceId: string) => [...commentKeys.all, 'thread', resourceId] as const,
  queue: () => [...commentKeys.all, 'queue'] as const,
  settings: () => [...commentKeys.all, 'settings'] as const,
};

const commentsPath = (resourceId: string) => `${base}/resources/${encodeURIComponent(resourceId)}/comments`;
const commentPath = (resourceId: string, commentId: string) => `${commentsPath(resourceId)}/${encodeURIComponent(commentId)}`;

/** A resource's thread, 20 top-level comments a page ("more" loads the next). */
export function useCommentThread(resourceId: string) {
  return useInfiniteQuery({
    queryKey: commentKeys.thread(resourceId),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) => apiRequest<CommentPage>(commentsPath(resourceId), { query: { limit: 20, cursor: pageParam }, signal }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export type CommentAction =
  | { kind: 'post'; body: string; parentId?: string }
  | { kind: 'edit'; commentId: string; body: string }
  | { kind: 'delete'; commentId: string }
  | { kind: 'report'; commentId: string; reason: ReportReason; note?: string };

/** Post, reply, edit, delete or report; the thread (and the queue) are refreshed after each. */
export function useCommentAction(resourceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (action: CommentAction): Promise<Comment | null> => {
      switch (action.kind) {
        case 'post':
          return apiRequest<Comment>(commentsPath(resourceId), { method: 'POST', body: { body: action.body, ...(action.parentId ? { parentId: action.parentId } : {}) } });
        case 'edit':
          return apiRequest<Comment>(commentPath(resourceId, action.commentId), { method: 'PATCH', body: { body: action.body } });
        case 'delete':
          await apiRequest<unknown>(commentPath(resourceId, action.commentId), { method: 'DELETE' });
          return null;
        case 'report':
          await apiRequest<unknown>(`${commentPath(resourceId, action.commentId)}/report`, { method: 'POST', body: { reason: action.reason, ...(action.note ? { note: action.note } : {}) } });
          return null;
      }
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: commentKeys.all }),
  });
}

export function useModerationQueue() {
  return useQuery({ queryKey: commentKeys.queue(), queryFn: ({ signal }) => apiRequest<ModerationQueue>(`${base}/comments/moderation`, { query: { limit: 50 }, signal }) });
}

export function useModerateComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { resourceId: string; commentId: string; decision: ModerationDecision }) =>
      apiRequest<unknown>(`${commentPath(input.resourceId, input.commentId)}/moderation`, { method: 'POST', body: input.decision }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: commentKeys.all }),
  });
}

export function useCommentSettings() {
  return useQuery({ queryKey: commentKeys.settings(), queryFn: ({ signal }) => apiRequest<CommentSettings>(`${base}/comments/settings`, { signal }) });
}

export function useSaveCommentSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CommentSettingsInput) => apiRequest<CommentSettings>(`${base}/comments/settings`, { method: 'PUT', body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: commentKeys.all }),
  });
}
