import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/contracts/platform/audit.js';

export type AuditEntryDetailsProps = {
  entry: AuditEntry;
};

function hasDetails(details: unknown): boolean {
  if (details === null || details === undefined) return false;
  if (typeof details === 'object') return Object.keys(details).length > 0;
  return true;
}

/** The expanded row: who exactly, the chain hash, and the recorded details. */
export function AuditEntryDetails({ entry }: AuditEntryDetailsProps) {
  const { t } = useTranslation();
  const mono = { fontSize: 12, wordBreak: 'break-all' } as const;
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        {
          key: 'actor',
          label: t('audit.columns.actor'),
          children: (
            <Typography.Text style={mono} copyable>
              {`${entry.actorType}:${entry.actorId}`}
            </Typography.Text>
          ),
        },
        {
          key: 'hash',
          label: t('audit.columns.hash'),
          children: (
            <Typography.Text code copyable style={mono}>
              {entry.hash}
            </Typography.Text>
          ),
        },
        {
          key: 'details',
          label: t('audit.details'),
          children: hasDetails(entry.details) ? (
            <pre style={{ ...mono, margin: 0, whiteSpace: 'pre-wrap' }}>{JSON.stringify(entry.details, null, 2)}</pre>
          ) : (
            <Typography.Text type="secondary">{t('audit.noDetails')}</Typography.Text>
          ),
        },
      ]}
    />
  );
}
