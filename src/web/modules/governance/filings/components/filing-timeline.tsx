import { useTranslation } from 'react-i18next';
import { filingStatusSchema, type FilingStatus } from '../../../../../shared/contracts/governance/filings.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { useFilingTimeline } from '../api/filings.api.js';
import { EventTimeline } from './event-timeline.js';

const statusColors: Record<FilingStatus, string> = {
  draft: 'gray',
  internal_review: 'blue',
  submitted: 'blue',
  returned: 'red',
  recorded: 'green',
  forwarded: 'blue',
  approved: 'green',
  rejected: 'red',
};

/** The steps of one filing item, each with who, when and why. */
export function FilingTimeline({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const timeline = useFilingTimeline(itemId);
  if (timeline.error) return <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />;
  const statusLabel = (status: string) => {
    const parsed = filingStatusSchema.safeParse(status);
    return parsed.success ? t(`filings.statuses.${parsed.data}`) : status;
  };
  const statusColor = (status: string) => {
    const parsed = filingStatusSchema.safeParse(status);
    return parsed.success ? statusColors[parsed.data] : 'gray';
  };
  return <EventTimeline events={timeline.data ?? []} statusLabel={statusLabel} statusColor={statusColor} testId="filing-timeline" />;
}
