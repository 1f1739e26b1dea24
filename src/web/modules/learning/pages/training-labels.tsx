import { PaperClipOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrainingRecord, TrainingStatus } from '../../../../shared/contracts/learning/training.js';
import { trainingEvidenceUrl } from '../api/textbooks.api.js';

const statusColors: Record<TrainingStatus, string> = { pending: 'gold', approved: 'green', returned: 'red' };

export function TrainingStatusTag({ status }: { status: TrainingStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`textbooks.training.statuses.${status}`)}</Tag>;
}

/** The evidence file as a link (opens in a new tab), or "none". */
export function TrainingEvidenceLink({ record }: { record: TrainingRecord }) {
  const { t } = useTranslation();
  if (!record.evidence) return <Typography.Text type="secondary">{t('textbooks.trainingReview.noEvidence')}</Typography.Text>;
  return (
    <Typography.Link href={trainingEvidenceUrl(record.id)} target="_blank" rel="noopener noreferrer">
      <PaperClipOutlined /> {record.evidence.fileName}
    </Typography.Link>
  );
}

/** 2026-07-01 – 2026-07-10, or one date when the training took one day. */
export function trainingPeriod(record: Pick<TrainingRecord, 'startDate' | 'endDate'>): string {
  return record.startDate === record.endDate ? record.startDate : `${record.startDate} – ${record.endDate}`;
}
