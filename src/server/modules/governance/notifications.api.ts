import type { LocalizedText } from '../../../shared/contracts/governance/findings.js';
import type { NotificationKind } from '../../../shared/contracts/governance/notifications.js';
import type { GovernanceDeps } from './governance-deps.js';
import { notify } from './use-cases/workflow-support.js';

/** A notification for one user (its recipient scope is `user:<id>`), read in their header bell. */
export type UserNotificationDraft = { userId: string; kind: NotificationKind; entityType: 'learning-resource'; entityId: string; title: LocalizedText; body: LocalizedText };

/** In-app notifications other modules send (the learning module's comment outcomes). */
export type NotificationsApi = {
  /** Stores the notifications, each addressed to its user only; the caller has already committed what they are about. */
  notifyUsers(drafts: readonly UserNotificationDraft[]): Promise<void>;
};

export const userRecipientScope = (userId: string) => `user:${userId}`;

export function createNotificationsApi(deps: Pick<GovernanceDeps, 'db' | 'now'>): NotificationsApi {
  return {
    notifyUsers: async (drafts) => {
      if (drafts.length === 0) return;
      await notify(deps.db, drafts.map((draft) => ({ kind: draft.kind, recipients: [userRecipientScope(draft.userId)], entityType: draft.entityType, entityId: draft.entityId, title: draft.title, body: draft.body })), deps.now());
    },
  };
}
