import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../../../shared/contracts/governance/findings.js';
import type { WarningStatus } from '../../../../../shared/contracts/governance/warnings.js';

const severityColors: Record<Severity, string> = { notice: 'blue', yellow: 'gold', red: 'red' };
const statusColors: Record<WarningStatus, string> = { issued: 'volcano', responded: 'processing', escalated: 'purple', closed: 'default' };

export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <Tag color={severityColors[severity]} data-testid="warning-severity" data-severity={severity}>
      {t(`warnings.severities.${severity}`)}
    </Tag>
  );
}

export function WarningStatusTag({ status }: { status: WarningStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColors[status]} data-testid="warning-status" data-status={status}>
      {t(`warnings.statuses.${status}`)}
    </Tag>
  );
}
