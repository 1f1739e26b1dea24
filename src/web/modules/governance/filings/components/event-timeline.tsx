import { Empty, Flex, Timeline, Typography } from 'antd';
import type { TimelineItemProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../../../shared/contracts/governance/filings.js';
import { roleSchema } from '../../../../../shared/contracts/platform/roles.js';
import { useCurrentLocale } from '../../../../app/i18n/i18n.js';
import { formatDateTime } from '../../../../ui/format.js';

export type EventTimelineProps = {
  events: readonly TimelineEvent[];
  /** The status name in the reader's language (filing items and warnings have their own). */
  statusLabel: (status: string) => string;
  /** Colour of a step by the status it led to. */
  statusColor: (status: string) => string;
  /** Prefix each step with its program (a college's whole cycle). */
  isProgramShown?: boolean;
  testId?: string;
};

/** Every step of a filing item or a warning: when, who (as which role), from → to, and the reason. */
export function EventTimeline({ events, statusLabel, statusColor, isProgramShown = false, testId }: EventTimelineProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  if (events.length === 0) return <Empty description={t('filings.timeline.empty')} />;

  const items: TimelineItemProps[] = events.map((event) => {
    const role = roleSchema.safeParse(event.role);
    const roleLabel = role.success ? t(`roles.${role.data}`) : event.role;
    const transition = event.fromStatus ? `${statusLabel(event.fromStatus)} → ${statusLabel(event.toStatus)}` : statusLabel(event.toStatus);
    const change = isProgramShown && event.programCode ? `${event.programCode} · ${transition}` : transition;
    return {
      key: event.id,
      color: statusColor(event.toStatus),
      title: formatDateTime(event.at, locale),
      content: (
        <Flex vertical gap={2} data-testid="timeline-event" data-to-status={event.toStatus}>
          <Typography.Text strong>{change}</Typography.Text>
          <Typography.Text type="secondary">{t('filings.timeline.by', { actor: event.actorLabel, role: roleLabel })}</Typography.Text>
          {event.reason ? <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{t('filings.timeline.reason', { reason: event.reason })}</Typography.Paragraph> : null}
        </Flex>
      ),
    };
  });
  return <Timeline items={items} data-testid={testId} />;
}
