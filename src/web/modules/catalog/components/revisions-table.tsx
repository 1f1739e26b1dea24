import { Flex, Select, Table, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogLevels, revisionKindSchema, type CatalogLevel, type Revision, type RevisionKind } from '../../../../shared/contracts/catalog/catalog.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { useRevisions } from '../api/catalog.api.js';
import { CodeList, LevelTag, RevisionKindTag } from './catalog-tags.js';

export type RevisionsTableProps = { versionId: string };

/** The change records of a version against its previous one, filterable by level and kind. */
export function RevisionsTable({ versionId }: RevisionsTableProps) {
  const { t } = useTranslation();
  const [level, setLevel] = useState<CatalogLevel | undefined>(undefined);
  const [kind, setKind] = useState<RevisionKind | undefined>(undefined);
  const revisions = useRevisions(versionId, { level, kind });

  const columns: TableColumnsType<Revision> = [
    { key: 'level', title: t('catalog.revisions.columns.level'), width: 130, render: (_value, revision) => <LevelTag level={revision.level} /> },
    {
      key: 'kind',
      title: t('catalog.revisions.columns.kind'),
      width: 140,
      render: (_value, revision) => (
        <>
          <RevisionKindTag kind={revision.kind} />
          {revision.isDerived ? (
            <Tooltip title={t('catalog.revisions.derivedHint')}>
              <Tag>{t('catalog.revisions.derived')}</Tag>
            </Tooltip>
          ) : null}
        </>
      ),
    },
    { key: 'predecessors', title: t('catalog.revisions.columns.predecessors'), width: 200, render: (_value, revision) => <CodeList codes={revision.predecessorCodes} /> },
    { key: 'successors', title: t('catalog.revisions.columns.successors'), width: 200, render: (_value, revision) => <CodeList codes={revision.successorCodes} /> },
    { key: 'note', title: t('catalog.revisions.columns.note'), render: (_value, revision) => revision.note ?? '—' },
  ];

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select<CatalogLevel>
          allowClear
          value={level}
          onChange={setLevel}
          placeholder={t('catalog.revisions.anyLevel')}
          options={catalogLevels.map((item) => ({ value: item, label: t(`catalog.levels.${item}`) }))}
          style={{ minWidth: 160 }}
          data-testid="revisions-level"
        />
        <Select<RevisionKind>
          allowClear
          value={kind}
          onChange={setKind}
          placeholder={t('catalog.revisions.anyKind')}
          options={revisionKindSchema.options.map((item) => ({ value: item, label: t(`catalog.revisions.kinds.${item}`) }))}
          style={{ minWidth: 160 }}
          data-testid="revisions-kind"
        />
      </Flex>
      {revisions.error ? <ErrorAlert error={revisions.error} onRetry={() => void revisions.refetch()} /> : null}
      <Table<Revision>
        rowKey="id"
        columns={columns}
        dataSource={revisions.data ?? []}
        loading={revisions.isFetching}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        size="small"
        scroll={{ x: 900 }}
        locale={{ emptyText: t('catalog.revisions.empty') }}
        data-testid="catalog-revisions-table"
      />
    </>
  );
}
