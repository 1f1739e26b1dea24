import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/contracts/platform/audit.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { CursorPager } from '../../../ui/cursor-pager.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatTimestamp } from '../../../ui/format.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useCursorPaging } from '../../../ui/use-cursor-paging.js';
import { useAuditEntries, useVerifyAuditChain } from '../api/audit.api.js';
import { AuditEntryDetails } from '../components/audit-entry-details.js';
import { AuditFilters, type AuditFilterQuery } from '../components/audit-filters.js';
import { VerifyChainResult } from '../components/verify-chain-result.js';
import { useIsMobile } from '../../../ui/use-is-mobile.js';


export function AuditLogPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const locale = useCurrentLocale();
  const [filters, setFilters] = useState<AuditFilterQuery>({});
  const [limit, setLimit] = useState(50);
  const paging = useCursorPaging(JSON.stringify([filters, limit]));
  const entries = useAuditEntries({ ...filters, limit, cursor: paging.cursor });
  const verify = useVerifyAuditChain();

  const columns: TableColumnsType<AuditEntry> = [
    { key: 'seq', title: t('audit.columns.seq'), dataIndex: 'seq', width: 70, fixed: isMobile ? undefined : 'left' },
    {
      key: 'at',
      title: t('audit.columns.at'),
      width: 160,
      render: (_value, entry) => formatTimestamp(entry.at, locale),
    },
    {
      key: 'actor',
      title: t('audit.columns.actor'),
      width: 170,
      render: (_value, entry) => (
        <Tooltip title={`${entry.actorType}:${entry.actorId}`}>
          <span>{entry.actorLabel}</span>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {entry.actorType}
          </Typography.Text>
        </Tooltip>
      ),
    },
    {
      key: 'action',
      title: t('audit.columns.action'),
      width: 180,
      render: (_value, entry) => <Tag color="blue">{entry.action}</Tag>,
    },
    {
      key: 'entity',
      title: t('audit.columns.entity'),
      width: 200,
      render: (_value, entry) => (
        <>
          <span>{entry.entityType}</span>
          <Typography.Text type="secondary" copyable={{ text: entry.entityId }} style={{ display: 'block', fontSize: 12 }} ellipsis>
            {entry.entityId}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'scope',
      title: t('audit.columns.scope'),
      width: 120,
      render: (_value, entry) => (
        <Typography.Text ellipsis={{ tooltip: entry.scope }} style={{ maxWidth: 104 }}>
          {entry.scope}
        </Typography.Text>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        extra={
          <Button
            icon={<SafetyCertificateOutlined />}
            loading={verify.isPending}
            onClick={() => verify.mutate()}
            data-testid="audit-verify"
          >
            {verify.isPending ? t('audit.verify.running') : t('audit.verify.button')}
          </Button>
        }
      />
      {verify.error ? <ErrorAlert error={verify.error} /> : null}
      {verify.data ? <VerifyChainResult result={verify.data} onClose={() => verify.reset()} /> : null}
      <Card>
        <AuditFilters onChange={setFilters} />
        {entries.error ? <ErrorAlert error={entries.error} onRetry={() => void entries.refetch()} /> : null}
        <Table<AuditEntry>
          rowKey="seq"
          columns={columns}
          dataSource={entries.data?.items ?? []}
          loading={entries.isFetching}
          pagination={false}
          scroll={{ x: 940 }}
          size="middle"
          locale={{ emptyText: t('audit.empty') }}
          expandable={{ expandedRowRender: (entry) => <AuditEntryDetails entry={entry} /> }}
          data-testid="audit-table"
        />
        <CursorPager
          paging={paging}
          nextCursor={entries.data?.nextCursor}
          pageSize={limit}
          onPageSizeChange={setLimit}
          isLoading={entries.isFetching}
        />
      </Card>
    </>
  );
}
