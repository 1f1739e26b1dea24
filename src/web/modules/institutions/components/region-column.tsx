import { SearchOutlined } from '@ant-design/icons';
import { Card, Empty, Input, Menu, Skeleton, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../../shared/contracts/platform/institutions.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { useIsMobile } from '../../../ui/use-is-mobile.js';

export type RegionColumnProps = {
  title: string;
  regions: readonly Region[] | undefined;
  isLoading: boolean;
  error: unknown;
  selectedCode?: string;
  onSelect?: (region: Region) => void;
  /** Shown instead of the list when there is no parent selected yet. */
  placeholder?: string;
  testId: string;
};

/** One level of the region browser: a filterable, selectable list. */
export function RegionColumn({ title, regions, isLoading, error, selectedCode, onSelect, placeholder, testId }: RegionColumnProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const isMobile = useIsMobile();

  const visible = useMemo(() => {
    const text = filter.trim();
    if (!regions) return [];
    if (!text) return regions;
    return regions.filter((region) => region.name.includes(text) || region.code.startsWith(text));
  }, [regions, filter]);

  let body: ReactNode;
  if (placeholder) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={placeholder} />;
  } else if (error) {
    body = <ErrorAlert error={error} />;
  } else if (isLoading) {
    body = <Skeleton active paragraph={{ rows: 6 }} />;
  } else if (visible.length === 0) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('institutions.regions.empty')} />;
  } else {
    body = (
      <Menu
        mode="inline"
        selectable={Boolean(onSelect)}
        selectedKeys={selectedCode ? [selectedCode] : []}
        style={{ borderInlineEnd: 'none' }}
        onClick={({ key }) => {
          const region = visible.find((item) => item.code === key);
          if (region && onSelect) onSelect(region);
        }}
        items={visible.map((region) => ({
          key: region.code,
          label: (
            <span style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
              <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{region.name}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12, fontVariantNumeric: 'tabular-nums' }}>
                {region.code}
              </Typography.Text>
            </span>
          ),
        }))}
      />
    );
  }

  return (
    <Card
      title={title}
      size="small"
      extra={regions && !placeholder ? <Typography.Text type="secondary">{regions.length}</Typography.Text> : null}
      styles={{ body: { padding: 8 } }}
      data-testid={testId}
    >
      {!placeholder && regions && regions.length > 0 ? (
        <Input
          size="small"
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('institutions.regions.filter')}
          aria-label={t('institutions.regions.filter')}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          style={{ marginBottom: 8 }}
        />
      ) : null}
      <div style={{ height: isMobile ? 280 : 400, overflowY: 'auto' }}>{body}</div>
    </Card>
  );
}
