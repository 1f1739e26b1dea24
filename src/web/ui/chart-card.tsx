import { BarChartOutlined, FileExcelOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Segmented, Skeleton, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert.js';
import { useIsMobile } from './use-is-mobile.js';

export type DataCell = string | number | null;
export type DataRow = Readonly<Record<string, DataCell>>;

/** One column of a chart's table view. */
export type DataColumn = {
  key: string;
  title: string;
  isNumeric?: boolean;
  /** How a cell shows; default: the value as is, '—' for null. */
  render?: (value: DataCell, row: DataRow) => ReactNode;
};

/** The figures behind a chart, as a table: what the table view and screen readers show. */
export type ChartTable = {
  columns: readonly DataColumn[];
  rows: readonly DataRow[];
  /** The column whose value identifies a row. */
  rowKey: string;
};

export type ChartCardProps = {
  title: ReactNode;
  subtitle?: ReactNode;
  /** The chart itself (usually a `LazyEChart` or `LazyChinaMap`). */
  chart: ReactNode;
  table: ChartTable;
  /** Server endpoint that returns the same figures as .xlsx. */
  exportHref?: string;
  isLoading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** Buttons or filters beside the view switch. */
  extra?: ReactNode;
  /** A note under the chart: definitions, sources, suppression. */
  footnote?: ReactNode;
  /** Makes table rows clickable (drill-down). */
  onRowClick?: (row: DataRow) => void;
  /** Which view shows first; default the chart. */
  defaultView?: ChartView;
  /** Draw the chart even without rows (a map of regions without data is still a map). */
  isChartShownWhenEmpty?: boolean;
  testId: string;
};

export type ChartView = 'chart' | 'table';

function tableColumns(columns: readonly DataColumn[]): TableColumnsType<DataRow> {
  return columns.map((column) => ({
    key: column.key,
    title: column.title,
    dataIndex: column.key,
    align: column.isNumeric ? 'right' : 'left',
    render: (_value: unknown, row: DataRow) => {
      const cell = row[column.key] ?? null;
      if (column.render) return column.render(cell, row);
      return cell === null ? '—' : cell;
    },
  }));
}

/** A dashboard card: a chart with a switch to its table view and an .xlsx export of the same figures. */
export function ChartCard(props: ChartCardProps) {
  const { title, subtitle, chart, table, exportHref, isLoading = false, error, onRetry, extra, footnote, onRowClick, defaultView = 'chart', isChartShownWhenEmpty = false, testId } = props;
  const { t } = useTranslation();
  const [view, setView] = useState<ChartView>(defaultView);
  const isMobile = useIsMobile();
  const isEmpty = !isLoading && !error && table.rows.length === 0 && !(isChartShownWhenEmpty && view === 'chart');

  let body: ReactNode;
  if (error) body = <ErrorAlert error={error} onRetry={onRetry} />;
  else if (isLoading) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (isEmpty) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('charts.empty')} />;
  else if (view === 'chart') body = chart;
  else
    body = (
      <Table<DataRow>
        rowKey={(row) => String(row[table.rowKey] ?? '')}
        columns={tableColumns(table.columns)}
        dataSource={[...table.rows]}
        size="small"
        pagination={table.rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        onRow={onRowClick ? (row) => ({ onClick: () => onRowClick(row), style: { cursor: 'pointer' } }) : undefined}
        data-testid={`${testId}-table`}
      />
    );

  const controls = (
    <Flex gap={8} align="center" wrap>
      {extra}
      <Segmented<ChartView>
        size="small"
        value={view}
        onChange={setView}
        options={[
          { value: 'chart', icon: <BarChartOutlined />, label: t('charts.chartView') },
          { value: 'table', icon: <TableOutlined />, label: t('charts.tableView') },
        ]}
        data-testid={`${testId}-view`}
      />
      {exportHref ? (
        <Tooltip title={t('charts.exportHint')}>
          <Button size="small" icon={<FileExcelOutlined />} href={exportHref} download data-testid={`${testId}-export`}>
            {t('charts.export')}
          </Button>
        </Tooltip>
      ) : null}
    </Flex>
  );

  return (
    <Card
      size="small"
      title={
        <div style={{ whiteSpace: 'normal', paddingBlock: 4 }}>
          <div>{title}</div>
          {subtitle ? (
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
              {subtitle}
            </Typography.Text>
          ) : null}
        </div>
      }
      extra={isMobile ? undefined : controls}
      data-testid={testId}
    >
      {/* On a phone the header has no room beside the title: the controls open the body instead. */}
      {isMobile ? <div style={{ marginBottom: 12 }}>{controls}</div> : null}
      {body}
      {footnote ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
          {footnote}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
