import { Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FilingItem } from '../../../../../shared/contracts/governance/filings.js';
import { useCurrentLocale } from '../../../../app/i18n/i18n.js';
import { formatDateTime } from '../../../../ui/format.js';
import { useIsMobile } from '../../../../ui/use-is-mobile.js';
import { FilingActions } from './filing-actions.js';
import { ControlledTag, FilingKindTag, FilingStatusTag } from './filing-tags.js';
import type { LocalizedText } from '../../../../../shared/contracts/governance/findings.js';

export type FilingItemsTableProps = {
  items: readonly FilingItem[];
  isLoading: boolean;
  /** Hide the college column on the college's own desk. */
  isCollegeShown: boolean;
  onEdit?: (item: FilingItem) => void;
  testId: string;
};

export function FilingItemsTable({ items, isLoading, isCollegeShown, onEdit, testId }: FilingItemsTableProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const isMobile = useIsMobile();
  const columns: TableColumnsType<FilingItem> = [
    {
      key: 'program',
      title: t('filings.columns.program'),
      fixed: isMobile ? undefined : 'left',
      width: 220,
      render: (_v, item) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/filings/items/${item.id}`} data-testid={`filing-link-${item.programCode}`}>
            {item.programName}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {item.programCode}
          </Typography.Text>
        </Space>
      ),
    },
    ...(isCollegeShown ? [{ key: 'college', title: t('filings.columns.college'), width: 180, render: (_v: unknown, item: FilingItem) => <CollegeName id={item.collegeId} name={item.collegeName} /> }] : []),
    {
      key: 'kind',
      title: t('filings.columns.kind'),
      width: 150,
      render: (_v, item) => (
        <Space size={2} wrap>
          <FilingKindTag kind={item.kind} />
          {item.isControlled ? <ControlledTag /> : null}
        </Space>
      ),
    },
    { key: 'status', title: t('filings.columns.status'), width: 120, render: (_v, item) => <FilingStatusTag status={item.status} /> },
    { key: 'places', title: t('filings.columns.plannedPlaces'), width: 110, align: 'right', render: (_v, item) => item.plannedPlaces ?? '—' },
    { key: 'updatedAt', title: t('filings.columns.updatedAt'), width: 160, render: (_v, item) => formatDateTime(item.updatedAt, locale) },
    {
      key: 'actions',
      title: t('filings.columns.actions'),
      width: 240,
      render: (_v, item) => <FilingActions item={item} size="small" onEdit={onEdit ? () => onEdit(item) : undefined} />,
    },
  ];
  return (
    <Table<FilingItem>
      rowKey="id"
      columns={columns}
      dataSource={[...items]}
      loading={isLoading}
      pagination={false}
      scroll={{ x: 1000 }}
      size="middle"
      locale={{ emptyText: t('filings.list.empty') }}
      data-testid={testId}
    />
  );
}

/** A college by its name in the current language, with its id below (ids are what colleges quote). */
function CollegeName({ id, name }: { id: string; name: LocalizedText | null }) {
  const locale = useCurrentLocale();
  if (!name) return <span>{id}</span>;
  return (
    <Space orientation="vertical" size={0}>
      <span>{name[locale]}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {id}
      </Typography.Text>
    </Space>
  );
}
