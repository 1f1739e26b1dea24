import { Card, Col, Empty, Input, Menu, Row, Segmented, Skeleton, Table, Typography } from 'antd';
import type { MenuProps, TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { catalogLevels, type CatalogLevel, type Program } from '../../../../shared/contracts/catalog/catalog.js';
import { CursorPager } from '../../../ui/cursor-pager.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { useCursorPaging } from '../../../ui/use-cursor-paging.js';
import { useIsMobile } from '../../../ui/use-is-mobile.js';
import { useCategoryTree, usePrograms } from '../api/catalog.api.js';
import { CodeList } from './catalog-tags.js';

export type CategoryBrowserProps = { versionId: string };

/** Key of a menu entry: `major:<code>` or `category:<code>`. */
type Selection = { rank: 'major' | 'category'; code: string } | null;

function parseSelection(key: string): Selection {
  const [rank, ...rest] = key.split(':');
  const code = rest.join(':');
  if ((rank === 'major' || rank === 'category') && code) return { rank, code };
  return null;
}

/** Level → major category → category on the left, the programs of the selection on the right. */
export function CategoryBrowser({ versionId }: CategoryBrowserProps) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [level, setLevel] = useState<CatalogLevel>('higher');
  const [selection, setSelection] = useState<Selection>(null);
  const [q, setQ] = useState<string | undefined>(undefined);
  const [limit, setLimit] = useState(20);
  const tree = useCategoryTree(versionId, level);
  const filters = { level, major: selection?.rank === 'major' ? selection.code : undefined, category: selection?.rank === 'category' ? selection.code : undefined, q };
  const paging = useCursorPaging(JSON.stringify([versionId, filters, limit]));
  const hasFilter = selection !== null || q !== undefined;
  const programs = usePrograms(versionId, { ...filters, limit, cursor: paging.cursor }, hasFilter);

  const menuItems = useMemo<MenuProps['items']>(
    () =>
      (tree.data?.majors ?? []).map((major) => ({
        key: `major-group:${major.code}`,
        label: `${major.code} ${major.name} (${major.programCount})`,
        children: [
          { key: `major:${major.code}`, label: t('catalog.browse.allInMajor') },
          ...major.categories.map((category) => ({ key: `category:${category.code}`, label: `${category.code} ${category.name} (${category.programCount})` })),
        ],
      })),
    [tree.data, t],
  );

  const columns: TableColumnsType<Program> = [
    {
      key: 'code',
      title: t('catalog.browse.columns.code'),
      width: 160,
      render: (_value, program) => (
        <Link to={`/catalog/versions/${encodeURIComponent(versionId)}/programs/${encodeURIComponent(program.code)}`} data-testid={`program-link-${program.code}`}>
          <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
            {program.code}
          </Typography.Text>
        </Link>
      ),
    },
    { key: 'name', title: t('catalog.browse.columns.name'), dataIndex: 'name', width: 200 },
    { key: 'nameEn', title: t('catalog.browse.columns.nameEn'), width: 240, render: (_value, program) => program.nameEn ?? '—' },
    { key: 'continuesTo', title: t('catalog.browse.columns.continuesTo'), width: 200, render: (_value, program) => <CodeList codes={program.continuesTo} /> },
  ];

  return (
    <>
      <Segmented<CatalogLevel>
        value={level}
        onChange={(next) => {
          setLevel(next);
          setSelection(null);
        }}
        options={catalogLevels.map((item) => ({ value: item, label: t(`catalog.levels.${item}`) }))}
        style={{ marginBottom: 12 }}
        data-testid="catalog-level"
      />
      <Row gutter={[12, 12]}>
        <Col xs={24} md={9}>
          <Card size="small" title={t('catalog.browse.majors')} styles={{ body: { padding: 4 } }} data-testid="catalog-category-tree">
            {tree.error ? <ErrorAlert error={tree.error} /> : null}
            {tree.isPending ? (
              <Skeleton active paragraph={{ rows: 8 }} />
            ) : (
              <div style={{ maxHeight: isMobile ? 320 : 560, overflowY: 'auto' }}>
                <Menu
                  mode="inline"
                  items={menuItems}
                  selectedKeys={selection ? [`${selection.rank}:${selection.code}`] : []}
                  onClick={({ key }) => setSelection(parseSelection(key))}
                  style={{ borderInlineEnd: 'none' }}
                />
              </div>
            )}
          </Card>
        </Col>
        <Col xs={24} md={15}>
          <Card size="small" title={t('catalog.browse.programs')}>
            <Input.Search
              allowClear
              placeholder={t('catalog.browse.search')}
              onSearch={(text) => setQ(text.trim() || undefined)}
              style={{ marginBottom: 12, maxWidth: 420 }}
              data-testid="catalog-program-search"
            />
            {programs.error ? <ErrorAlert error={programs.error} onRetry={() => void programs.refetch()} /> : null}
            {hasFilter ? (
              <>
                <Table<Program>
                  rowKey="code"
                  columns={columns}
                  dataSource={programs.data?.items ?? []}
                  loading={programs.isFetching}
                  pagination={false}
                  size="small"
                  scroll={{ x: 720 }}
                  locale={{ emptyText: t('catalog.browse.empty') }}
                  data-testid="catalog-programs-table"
                />
                <CursorPager paging={paging} nextCursor={programs.data?.nextCursor} pageSize={limit} onPageSizeChange={setLimit} isLoading={programs.isFetching} />
              </>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalog.browse.pickCategory')} />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
