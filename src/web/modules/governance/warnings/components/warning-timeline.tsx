import { useTranslation } from 'react-i18next';
import { warningStatusSchema, type WarningStatus } from '../../../../../shared/contracts/governance/warnings.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { EventTimeline } from '../../filings/components/event-timeline.js';
import { useWarningTimeline } from '../api/warnings.api.js';

const statusColors: Record<WarningStatus, string> = { issued: 'red', responded: 'blue', escalated: 'blue', closed: 'green' };

export function WarningTimeline({ warningId }: { warningId: string }) {
  const { t } = useTranslation();
  const timeline = useWarningTimeline(warningId);
  if (timeline.error) return <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />;
  const parse = (status: string) => warningStatusSchema.safeParse(status);
  const statusLabel = (status: string) => {
    const parsed = parse(status);
    return parsed.success ? t(`warnings.statuses.${parsed.data}`) : status;
  };
  const statusColor = (status: string) => {
    const parsed = parse(status);
    return parsed.success ? statusColors[parsed.data] : 'gray';
  };
  return <EventTimeline events={timeline.data ?? []} statusLabel={statusLabel} statusColor={statusColor} testId="warning-timeline" />;
}
