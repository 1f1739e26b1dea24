import { z } from 'zod';
import { pageQuerySchema, pageSchema } from '../platform/common.js';
import { localizedTextSchema } from './findings.js';

/** In-app notifications, addressed to a scope (a college, a province or the national level) or to one user (`user:<id>`). */
export const notificationKindSchema = z.enum([
  'filing_returned',
  'filing_recorded',
  'filing_forwarded',
  'filing_approved',
  'filing_rejected',
  'warning_issued',
  'warning_responded',
  'warning_escalated',
  'warning_closed',
  // to a comment's author (and a reply to its parent's author), from the learning module
  'comment_held',
  'comment_hidden',
  'comment_released',
  'comment_removed',
  'comment_replied',
]);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

export const notificationEntityTypeSchema = z.enum(['filing-item', 'warning', 'learning-resource']);
export type NotificationEntityType = z.infer<typeof notificationEntityTypeSchema>;

export const notificationSchema = z.object({
  id: z.string(),
  recipientScope: z.string(),
  kind: notificationKindSchema,
  entityType: notificationEntityTypeSchema,
  entityId: z.string(),
  title: localizedTextSchema,
  body: localizedTextSchema,
  createdAt: z.string(),
  /** When the caller read it; null while unread (read state is per user). */
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;
export const notificationPageSchema = pageSchema(notificationSchema).extend({ unreadCount: z.number().int() });
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const listNotificationsQuerySchema = pageQuerySchema.extend({
  unread: z.enum(['true', 'false']).default('true').describe('true (default): unread only'),
});
export const notificationIdParamSchema = z.object({ id: z.uuid() });
export const markReadResultSchema = z.object({ marked: z.number().int() });
