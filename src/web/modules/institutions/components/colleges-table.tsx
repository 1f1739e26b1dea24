import { Flex, Input, Select, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { College } from '../../../../shared/contracts/platform/institutions.js';
import { CursorPager } from '../../../ui/cursor-pager.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { useCursorPaging } from '../../../ui/use-cursor-paging.js';
import { useColleges, useProvinces } from '../api/institutions.api.js';
import { useIsMobile } from '../../../ui/use-is-mobile.js';

export function CollegesTable() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [province, setProvince] = useState<string | undefined>(undefined);
  const [q, setQ] = useState<string | undefined>(undefined);
  const [limit, setLimit] = useState(20);
  const paging = useCursorPaging(JSON.stringify([province, q, limit]));
  const provinces = useProvinces();
  const colleges = useColleges({ province, q, limit, cursor: paging.cursor });

  const provinceNames = useMemo(
    () => new Map((provinces.data ?? []).map((region) => [region.code, region.name])),
    [provinces.data],
  );

  const columns: TableColumnsType<College> = [
    {
      key: 'name',
      title: t('institutions.colleges.columns.name'),
      fixed: isMobile ? undefined : 'left',
      width: 240,
      render: (_value, college) => (
        <>
          {college.name}
          {college.isDemo ? (
            <Tag color="orange" style={{ marginInlineStart: 6 }}>
              {t('status.demo')}
            </Tag>
          ) : null}
        </>
      ),
    },
    { key: 'nameEn', title: t('institutions.colleges.columns.nameEn'), width: 260, render: (_value, college) => college.nameEn ?? '—' },
    {
      key: 'province',
      title: t('institutions.colleges.columns.province'),
      width: 140,
      render: (_value, college) => provinceNames.get(college.provinceCode) ?? college.provinceCode,
    },
    { key: 'region', title: t('institutions.colleges.columns.region'), dataIndex: 'regionCode', width: 130 },
    {
      key: 'level',
      title: t('institutions.colleges.columns.level'),
      width: 180,
      render: (_value, college) => t(`institutions.colleges.levels.${college.level}`),
    },
    {
      key: 'ownership',
      title: t('institutions.colleges.columns.ownership'),
      width: 100,
      render: (_value, college) => t(`institutions.colleges.ownership.${college.ownership}`),
    },
    { key: 'authority', title: t('institutions.colleges.columns.authority'), width: 200, render: (_value, college) => college.authority ?? '—' },
  ];

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('institutions.colleges.searchPlaceholder')}
          onSearch={(text) => setQ(text.trim() || undefined)}
          style={{ flex: '1 1 240px', maxWidth: 360 }}
          data-testid="colleges-search"
        />
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={province}
          onChange={setProvince}
          placeholder={t('institutions.colleges.anyProvince')}
          loading={provinces.isPending}
          options={(provinces.data ?? []).map((region) => ({ value: region.code, label: region.name }))}
          style={{ flex: '0 1 200px', minWidth: 160 }}
          data-testid="colleges-province"
        />
      </Flex>
      {colleges.error ? <ErrorAlert error={colleges.error} onRetry={() => void colleges.refetch()} /> : null}
      <Table<College>
        rowKey="id"
        columns={columns}
        dataSource={colleges.data?.items ?? []}
        loading={colleges.isFetching}
        pagination={false}
        scroll={{ x: 1250 }}
        size="middle"
        locale={{ emptyText: t('institutions.colleges.empty') }}
        data-testid="colleges-table"
      />
      <CursorPager
        paging={paging}
        nextCursor={colleges.data?.nextCursor}
        pageSize={limit}
        onPageSizeChange={setLimit}
        isLoading={colleges.isFetching}
      />
    </>
  );
}
