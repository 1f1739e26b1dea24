import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingKind, FilingStatus } from '../../../../../shared/contracts/governance/filings.js';

const statusColors: Record<FilingStatus, string> = {
  draft: 'default',
  internal_review: 'cyan',
  submitted: 'processing',
  returned: 'orange',
  recorded: 'success',
  forwarded: 'purple',
  approved: 'success',
  rejected: 'error',
};

const kindColors: Record<FilingKind, string> = {
  new: 'blue',
  adjusted: 'geekblue',
  suspended: 'gold',
  withdrawn: 'volcano',
};

export function FilingStatusTag({ status }: { status: FilingStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColors[status]} data-testid="filing-status" data-status={status}>
      {t(`filings.statuses.${status}`)}
    </Tag>
  );
}

export function FilingKindTag({ kind }: { kind: FilingKind }) {
  const { t } = useTranslation();
  return <Tag color={kindColors[kind]}>{t(`filings.kinds.${kind}`)}</Tag>;
}

export function ControlledTag() {
  const { t } = useTranslation();
  return <Tag color="red">{t('filings.list.controlled')}</Tag>;
}
