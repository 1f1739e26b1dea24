import { Card, Flex, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { offeringStatuses, type Offering, type OfferingStatus } from '../../../../../shared/contracts/governance/offerings.js';
import { CursorPager } from '../../../../ui/cursor-pager.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { PageHeader } from '../../../../ui/page-header.js';
import { useCursorPaging } from '../../../../ui/use-cursor-paging.js';
import { useDebouncedValue } from '../../../../ui/use-debounced-value.js';
import { useOfferings } from '../api/offerings.api.js';

const statusColors: Record<OfferingStatus, string> = { recorded: 'success', approved: 'success', suspended: 'gold', withdrawn: 'default' };

function useColumns(): TableColumnsType<Offering> {
  const { t } = useTranslation();
  return [
    {
      key: 'program',
      title: t('filings.columns.program'),
      width: 220,
      render: (_v, offering) => (
        <Space orientation="vertical" size={0}>
          <span>{offering.programName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {offering.programCode}
          </Typography.Text>
        </Space>
      ),
    },
    { key: 'college', title: t('filings.columns.college'), width: 130, render: (_v, offering) => offering.collegeId },
    {
      key: 'status',
      title: t('filings.offerings.status'),
      width: 170,
      render: (_v, offering) => (
        <Space size={2} wrap>
          <Tag color={statusColors[offering.status]} data-testid={`offering-status-${offering.programCode}`}>
            {t(`filings.offerings.statuses.${offering.status}`)}
          </Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('filings.offerings.sinceYear', { year: offering.sinceYear })}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'enroll',
      title: t('filings.offerings.canEnroll'),
      width: 120,
      render: (_v, offering) =>
        offering.canEnroll ? <Tag color="green">{t('filings.offerings.canEnroll')}</Tag> : <Tag>{t('filings.offerings.cannotEnroll')}</Tag>,
    },
    {
      key: 'filing',
      title: t('filings.offerings.filingItem'),
      width: 110,
      render: (_v, offering) => (offering.filingItemId ? <Link to={`/filings/items/${offering.filingItemId}`}>{t('filings.list.open')}</Link> : '—'),
    },
    {
      key: 'demo',
      width: 80,
      render: (_v, offering) => (offering.isDemo ? <Tag color="orange">{t('filings.list.demo')}</Tag> : null),
    },
  ];
}

/** Offerings in the caller's scope with the status in force for a year. */
export function OfferingsPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState<number | null>(null);
  const [status, setStatus] = useState<OfferingStatus | undefined>(undefined);
  const [program, setProgram] = useState('');
  const [college, setCollege] = useState('');
  const [limit, setLimit] = useState(20);
  const debouncedProgram = useDebouncedValue(program.trim(), 300);
  const debouncedCollege = useDebouncedValue(college.trim(), 300);
  const query = { year: year ?? undefined, status, program: debouncedProgram || undefined, college: debouncedCollege || undefined, limit };
  const paging = useCursorPaging(JSON.stringify(query));
  const offerings = useOfferings({ ...query, cursor: paging.cursor });
  const columns = useColumns();

  return (
    <>
      <PageHeader title={t('filings.offerings.title')} subtitle={t('filings.offerings.subtitle')} />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <InputNumber<number> value={year} onChange={setYear} min={2000} max={2100} placeholder={t('filings.offerings.year')} style={{ width: 120 }} />
          <Select<OfferingStatus>
            allowClear
            value={status}
            onChange={setStatus}
            placeholder={t('filings.offerings.anyStatus')}
            options={offeringStatuses.map((value) => ({ value, label: t(`filings.offerings.statuses.${value}`) }))}
            style={{ width: 150 }}
          />
          <Input value={program} onChange={(event) => setProgram(event.target.value)} placeholder={t('filings.offerings.searchProgram')} style={{ width: 180 }} allowClear />
          <Input value={college} onChange={(event) => setCollege(event.target.value)} placeholder={t('filings.offerings.searchCollege')} style={{ width: 180 }} allowClear />
        </Flex>
        {offerings.error ? <ErrorAlert error={offerings.error} onRetry={() => void offerings.refetch()} /> : null}
        <Table<Offering>
          rowKey={(offering) => `${offering.id}:${offering.year}`}
          columns={columns}
          dataSource={offerings.data?.items ?? []}
          loading={offerings.isFetching}
          pagination={false}
          scroll={{ x: 830 }}
          size="middle"
          locale={{ emptyText: t('filings.offerings.empty') }}
          data-testid="offerings-table"
        />
        <CursorPager paging={paging} nextCursor={offerings.data?.nextCursor} pageSize={limit} onPageSizeChange={setLimit} isLoading={offerings.isFetching} />
      </Card>
    </>
  );
}
