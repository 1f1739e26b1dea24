import type { LocaleTree } from '../../../app/i18n/locale-tree.js';

export const notificationsZhCN = {
  bell: '通知',
  bellWithCount: '通知（{{count}} 条未读）',
  title: '通知',
  empty: '没有未读通知',
  markRead: '标为已读',
  markAllRead: '全部标为已读',
  open: '查看',
  showRead: '显示已读',
};

export const notificationsEn: LocaleTree<typeof notificationsZhCN> = {
  bell: 'Notifications',
  bellWithCount: 'Notifications ({{count}} unread)',
  title: 'Notifications',
  empty: 'No unread notifications',
  markRead: 'Mark as read',
  markAllRead: 'Mark all as read',
  open: 'Open',
  showRead: 'Show read',
};
