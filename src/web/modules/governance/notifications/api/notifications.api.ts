import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationPage } from '../../../../../shared/contracts/governance/notifications.js';
import { apiRequest } from '../../../../app/api-client.js';

const base = '/api/v1/governance/notifications';

export const notificationsKeys = {
  all: ['governance', 'notifications'] as const,
  list: (isUnreadOnly: boolean) => [...notificationsKeys.all, 'list', isUnreadOnly] as const,
};

export async function listNotifications(isUnreadOnly: boolean, signal?: AbortSignal): Promise<NotificationPage> {
  return apiRequest<NotificationPage>(base, { query: { unread: isUnreadOnly ? 'true' : 'false', limit: 20 }, signal });
}

export async function markNotificationRead(id: string): Promise<{ marked: number }> {
  return apiRequest<{ marked: number }>(`${base}/${encodeURIComponent(id)}/read`, { method: 'POST', body: {} });
}

export async function markAllNotificationsRead(): Promise<{ marked: number }> {
  return apiRequest<{ marked: number }>(`${base}/read-all`, { method: 'POST', body: {} });
}

/** Unread notifications (and their count), refreshed every half minute while the app is open. */
export function useNotifications(isUnreadOnly: boolean, isEnabled: boolean) {
  return useQuery({
    queryKey: notificationsKeys.list(isUnreadOnly),
    queryFn: ({ signal }) => listNotifications(isUnreadOnly, signal),
    enabled: isEnabled,
    refetchInterval: 30_000,
  });
}

function useNotificationWrite<TArgs>(mutationFn: (args: TArgs) => Promise<{ marked: number }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationsKeys.all }),
  });
}

export function useMarkNotificationRead() {
  return useNotificationWrite((id: string) => markNotificationRead(id));
}

export function useMarkAllNotificationsRead() {
  return useNotificationWrite((_: void) => markAllNotificationsRead());
}
