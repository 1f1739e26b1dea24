import { Alert, Card, Descriptions, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogImportPreview } from '../../../../shared/contracts/catalog/imports.js';
import type { ImportIssue } from '../../../../shared/contracts/institutions/spreadsheet-import.js';
import { LevelTag, RevisionKindTag } from './catalog-tags.js';
import { revisionKindSchema } from '../../../../shared/contracts/catalog/catalog.js';

type SampleRow = CatalogImportPreview['sample'][number];

/** What a catalog file would import, and every problem found in it by sheet, row and cell. */
export function ImportPreview({ preview }: { preview: CatalogImportPreview }) {
  const { t } = useTranslation();
  const { summary } = preview;
  const issueColumns: TableColumnsType<ImportIssue> = [
    { key: 'sheet', title: t('catalog.import.issueColumns.sheet'), dataIndex: 'sheet', width: 120 },
    { key: 'row', title: t('catalog.import.issueColumns.row'), dataIndex: 'row', width: 70, align: 'right' },
    { key: 'cell', title: t('catalog.import.issueColumns.cell'), width: 80, render: (_value, issue) => issue.cell ?? '—' },
    { key: 'column', title: t('catalog.import.issueColumns.column'), width: 140, render: (_value, issue) => issue.column || '—' },
    { key: 'message', title: t('catalog.import.issueColumns.message'), dataIndex: 'message' },
  ];
  const sampleColumns: TableColumnsType<SampleRow> = [
    { key: 'row', title: t('catalog.import.issueColumns.row'), dataIndex: 'row', width: 70 },
    { key: 'level', title: t('catalog.program.level'), width: 140, render: (_value, row) => <LevelTag level={row.level} /> },
    { key: 'code', title: t('catalog.browse.columns.code'), dataIndex: 'code', width: 120 },
    { key: 'name', title: t('catalog.browse.columns.name'), dataIndex: 'name' },
    { key: 'category', title: t('catalog.program.category'), dataIndex: 'categoryCode', width: 120 },
  ];
  const revisionCounts = revisionKindSchema.options.filter((kind) => (summary.revisions[kind] ?? 0) > 0);

  return (
    <Card size="small" title={t('catalog.import.summary')} data-testid="catalog-import-preview">
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'programRows', label: t('catalog.import.programRows'), children: summary.programRows },
            { key: 'revisionRows', label: t('catalog.import.revisionRows'), children: summary.revisionRows },
            { key: 'programs', label: t('catalog.import.programsByLevel'), children: `${summary.programs.secondary} / ${summary.programs.higher} / ${summary.programs.undergraduate}` },
            {
              key: 'revisions',
              label: t('catalog.tabs.revisions'),
              children: (
                <Flex gap={4} wrap>
                  {revisionCounts.length === 0
                    ? '—'
                    : revisionCounts.map((kind) => (
                        <span key={kind}>
                          <RevisionKindTag kind={kind} />
                          {summary.revisions[kind]}
                        </span>
                      ))}
                </Flex>
              ),
            },
            { key: 'derived', label: t('catalog.import.derivedAdditions'), children: summary.derivedAdditions },
          ]}
        />
        {preview.issues.length === 0 ? (
          <Alert type="success" showIcon title={t('catalog.import.noIssues')} />
        ) : (
          <>
            <Alert type="error" showIcon title={t('catalog.import.issues', { count: preview.issues.length })} description={t('catalog.import.notCommittable')} />
            <Table<ImportIssue>
              rowKey={(issue) => `${issue.sheet}:${issue.row}:${issue.column}:${issue.code}`}
              columns={issueColumns}
              dataSource={preview.issues}
              size="small"
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              scroll={{ x: 700 }}
              data-testid="catalog-import-issues"
            />
          </>
        )}
        {preview.sample.length > 0 ? (
          <>
            <Typography.Text strong>{t('catalog.import.sampleRows')}</Typography.Text>
            <Table<SampleRow> rowKey="row" columns={sampleColumns} dataSource={preview.sample} size="small" pagination={false} scroll={{ x: 600 }} />
          </>
        ) : null}
      </Flex>
    </Card>
  );
}
