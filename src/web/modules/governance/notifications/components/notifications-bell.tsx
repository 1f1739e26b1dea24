import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Checkbox, Empty, Flex, Popover, Spin, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Notification } from '../../../../../shared/contracts/governance/notifications.js';
import { useCurrentLocale } from '../../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { formatDateTime } from '../../../../ui/format.js';
import { useMe } from '../../../auth/index.js';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '../api/notifications.api.js';

function pathOf(notification: Notification): string {
  switch (notification.entityType) {
    case 'warning':
      return `/warnings/${notification.entityId}`;
    case 'filing-item':
      return `/filings/items/${notification.entityId}`;
    case 'learning-resource':
      // a comment's outcome: the resource page, whose comments card shows the comment and its status
      return `/learning/resources/${notification.entityId}`;
  }
}

function NotificationList({ isUnreadOnly, onOpen }: { isUnreadOnly: boolean; onOpen: (notification: Notification) => void }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const { token } = theme.useToken();
  const notifications = useNotifications(isUnreadOnly, true);
  const markRead = useMarkNotificationRead();
  if (notifications.error) return <ErrorAlert error={notifications.error} onRetry={() => void notifications.refetch()} />;
  const items = notifications.data?.items ?? [];
  if (!notifications.isPending && items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />;
  if (notifications.isPending) return <Spin />;
  return (
    <Flex vertical style={{ maxHeight: 420, overflowY: 'auto' }}>
      {items.map((notification) => (
        <Flex key={notification.id} gap={8} justify="space-between" align="flex-start" style={{ paddingBlock: 8, borderBottom: `1px solid ${token.colorSplit}` }} data-testid="notification-item" data-kind={notification.kind}>
          <Flex vertical gap={2} style={{ minWidth: 0 }}>
            <Typography.Link onClick={() => onOpen(notification)} strong={!notification.readAt}>
              {notification.title[locale]}
            </Typography.Link>
            <Typography.Text>{notification.body[locale]}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(notification.createdAt, locale)}
            </Typography.Text>
          </Flex>
          {notification.readAt ? null : (
            <Button type="link" size="small" onClick={() => markRead.mutate(notification.id)} data-testid="notification-mark-read">
              {t('notifications.markRead')}
            </Button>
          )}
        </Flex>
      ))}
    </Flex>
  );
}

/**
 * The header bell for every signed-in user: unread count of the notifications addressed to them
 * (their comments' outcomes) and, for administrators, to their scopes; a list, open and mark read.
 */
export function NotificationsBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const isRecipient = me !== undefined && me !== null;
  const [isOpen, setIsOpen] = useState(false);
  const [isUnreadOnly, setIsUnreadOnly] = useState(true);
  const unread = useNotifications(true, isRecipient);
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  if (!isRecipient) return null;
  const count = unread.data?.unreadCount ?? 0;

  const onOpen = (notification: Notification) => {
    if (!notification.readAt) markRead.mutate(notification.id);
    setIsOpen(false);
    navigate(pathOf(notification));
  };

  const content = (
    <Flex vertical gap={8} style={{ width: 'min(380px, 86vw)' }} data-testid="notifications-panel">
      <Flex justify="space-between" align="center">
        <Checkbox checked={!isUnreadOnly} onChange={(event) => setIsUnreadOnly(!event.target.checked)}>
          {t('notifications.showRead')}
        </Checkbox>
        <Button size="small" disabled={count === 0} loading={markAll.isPending} onClick={() => markAll.mutate()} data-testid="notifications-mark-all">
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      <NotificationList isUnreadOnly={isUnreadOnly} onOpen={onOpen} />
    </Flex>
  );

  return (
    <Popover content={content} title={t('notifications.title')} trigger="click" placement="bottomRight" open={isOpen} onOpenChange={setIsOpen}>
      <Button
        type="text"
        aria-label={count > 0 ? t('notifications.bellWithCount', { count }) : t('notifications.bell')}
        data-testid="notifications-bell"
        data-count={count}
      >
        <Badge count={count} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
