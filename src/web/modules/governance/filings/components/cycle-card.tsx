import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingCycle } from '../../../../../shared/contracts/governance/filings.js';
import { useCurrentLocale } from '../../../../app/i18n/i18n.js';

/** Deadlines are set in Beijing time (24:00 of the day): show them so, wherever the reader is. */
export function formatBeijingTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(date);
}

export type CycleCardProps = {
  cycle: FilingCycle | undefined;
  year: number;
  /** The time to compare deadlines with (the render time). */
  now: number;
};

function Deadline({ iso, now }: { iso: string; now: number }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const isPassed = new Date(iso).getTime() < now;
  return (
    <Space size={4}>
      <span>{formatBeijingTime(iso, locale)}</span>
      {isPassed ? <Tag>{t('filings.cycle.passed')}</Tag> : null}
    </Space>
  );
}

/** The enrollment year's deadlines; an action after its deadline is refused by the server. */
export function CycleCard({ cycle, year, now }: CycleCardProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  if (!cycle) {
    return (
      <Card size="small" style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('filings.cycle.none', { year })}</Typography.Text>
      </Card>
    );
  }
  return (
    <Card
      size="small"
      title={t('filings.cycle.deadlinesBeijing')}
      extra={cycle.isDemo ? <Tag color="orange">{t('filings.cycle.demo')}</Tag> : null}
      style={{ marginBottom: 16 }}
      data-testid="filing-cycle"
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          { key: 'college', label: t('filings.cycle.collegeFilingClosesAt'), children: <Deadline iso={cycle.collegeFilingClosesAt} now={now} /> },
          { key: 'controlled', label: t('filings.cycle.controlledApplicationsCloseAt'), children: <Deadline iso={cycle.controlledApplicationsCloseAt} now={now} /> },
          { key: 'province', label: t('filings.cycle.provinceReviewClosesAt'), children: <Deadline iso={cycle.provinceReviewClosesAt} now={now} /> },
          {
            key: 'results',
            label: t('filings.cycle.resultsPublish'),
            children: `${formatBeijingTime(cycle.resultsPublishFrom, locale)} – ${formatBeijingTime(cycle.resultsPublishUntil, locale)}`,
          },
        ]}
      />
    </Card>
  );
}
