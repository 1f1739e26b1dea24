import { Button, Card, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrowsedStatement } from '../../../../shared/contracts/lrs/statement-browse.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { CursorPager } from '../../../ui/cursor-pager.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatTimestamp } from '../../../ui/format.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useCursorPaging } from '../../../ui/use-cursor-paging.js';
import { useIsMobile } from '../../../ui/use-is-mobile.js';
import { useBrowsedStatements, type StatementFilterQuery } from '../api/lrs-statements.api.js';
import { iriTail, pickLanguageText } from '../components/language-text.js';
import { LrsTabs } from '../components/lrs-tabs.js';
import { StatementDrawer } from '../components/statement-drawer.js';
import { StatementFilters } from '../components/statement-filters.js';

const secondary = { display: 'block', fontSize: 12 } as const;

export function LrsStatementsPage() {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const isMobile = useIsMobile();
  const [filters, setFilters] = useState<StatementFilterQuery>({});
  const [limit, setLimit] = useState(20);
  const paging = useCursorPaging(JSON.stringify([filters, limit]));
  const statements = useBrowsedStatements({ ...filters, limit, cursor: paging.cursor });
  const [opened, setOpened] = useState<BrowsedStatement | null>(null);

  const columns: TableColumnsType<BrowsedStatement> = [
    { key: 'stored', title: t('lrs.statements.columns.stored'), width: 160, fixed: isMobile ? undefined : 'left', render: (_v, s) => formatTimestamp(s.stored, locale) },
    {
      key: 'actor',
      title: t('lrs.statements.columns.actor'),
      width: 220,
      render: (_v, s) => (
        <>
          <span>{s.actor.name ?? s.actor.identifier}</span>
          <Typography.Text type="secondary" style={secondary} ellipsis={{ tooltip: s.actor.identifier }}>
            {s.actor.identifier}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'verb',
      title: t('lrs.statements.columns.verb'),
      width: 120,
      render: (_v, s) => (
        <Tooltip title={s.verb.id}>
          <Tag color="blue">{pickLanguageText(s.verb.display, locale) ?? iriTail(s.verb.id)}</Tag>
        </Tooltip>
      ),
    },
    {
      key: 'object',
      title: t('lrs.statements.columns.object'),
      width: 260,
      render: (_v, s) => (
        <>
          <span>{pickLanguageText(s.object.name, locale) ?? s.object.objectType}</span>
          <Typography.Text type="secondary" style={secondary} ellipsis={{ tooltip: s.object.id }}>
            {s.object.id ?? '—'}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'client',
      title: t('lrs.statements.columns.client'),
      width: 190,
      render: (_v, s) => (
        <>
          <span>{s.client?.name ?? t('lrs.statements.platform')}</span>
          <Typography.Text type="secondary" style={secondary}>
            {s.scope}
            {s.isVoided ? (
              <Tag color="red" style={{ marginInlineStart: 6 }}>
                {t('lrs.statements.voided')}
              </Tag>
            ) : null}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'actions',
      title: t('lrs.statements.columns.actions'),
      width: 70,
      fixed: isMobile ? undefined : 'right',
      render: (_v, s) => (
        <Button type="link" size="small" onClick={() => setOpened(s)} data-testid={`lrs-view-${s.id}`}>
          {t('lrs.statements.view')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <LrsTabs current="statements" />
      <PageHeader title={t('lrs.statements.title')} subtitle={t('lrs.statements.subtitle')} />
      <Card>
        <StatementFilters onChange={setFilters} />
        {statements.error ? <ErrorAlert error={statements.error} onRetry={() => void statements.refetch()} /> : null}
        <Table<BrowsedStatement>
          rowKey="id"
          columns={columns}
          dataSource={statements.data?.items ?? []}
          loading={statements.isFetching}
          pagination={false}
          scroll={{ x: 1040 }}
          size="middle"
          locale={{ emptyText: t('lrs.statements.empty') }}
          onRow={(s) => ({ onDoubleClick: () => setOpened(s) })}
          data-testid="lrs-statements-table"
        />
        <CursorPager paging={paging} nextCursor={statements.data?.nextCursor} pageSize={limit} onPageSizeChange={setLimit} isLoading={statements.isFetching} />
      </Card>
      <StatementDrawer statement={opened} onClose={() => setOpened(null)} />
    </>
  );
}
