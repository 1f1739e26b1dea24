import { useTranslation } from 'react-i18next';
import { filingStatusSchema, type FilingStatus } from '../../../../../shared/contracts/governance/filings.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { useCollegeCycleTimeline, useFilingTimeline } from '../api/filings.api.js';
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

function useStatusStyle() {
  const { t } = useTranslation();
  const statusLabel = (status: string) => {
    const parsed = filingStatusSchema.safeParse(status);
    return parsed.success ? t(`filings.statuses.${parsed.data}`) : status;
  };
  const statusColor = (status: string) => {
    const parsed = filingStatusSchema.safeParse(status);
    return parsed.success ? statusColors[parsed.data] : 'gray';
  };
  return { statusLabel, statusColor };
}

/** The steps of one filing item, each with who, when and why. */
export function FilingTimeline({ itemId }: { itemId: string }) {
  const timeline = useFilingTimeline(itemId);
  const style = useStatusStyle();
  if (timeline.error) return <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />;
  return <EventTimeline events={timeline.data ?? []} {...style} testId="filing-timeline" />;
}

/** Every filing step of one college in one cycle, each with its program. */
export function CollegeCycleTimeline({ year, collegeId }: { year: number; collegeId: string }) {
  const timeline = useCollegeCycleTimeline(year, collegeId);
  const style = useStatusStyle();
  if (timeline.error) return <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />;
  return <EventTimeline events={timeline.data ?? []} {...style} isProgramShown testId="college-cycle-timeline" />;
}
