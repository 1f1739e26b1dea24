import { Card, Checkbox, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filingKindSchema, filingStatuses, type FilingItem, type FilingKind, type FilingStatus } from '../../../../../shared/contracts/governance/filings.js';
import { CursorPager } from '../../../../ui/cursor-pager.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { useCursorPaging } from '../../../../ui/use-cursor-paging.js';
import { useFilingItems, type FilingListQuery } from '../api/filings.api.js';
import { FilingItemsTable } from './filing-items-table.js';

export type Desk = 'college' | 'province' | 'national';

/** What each desk sees first: the college its own items, the province its queue, the nation the controlled programs forwarded to it. */
const deskDefaults: Record<Desk, { status?: FilingStatus; isControlledOnly: boolean }> = {
  college: { isControlledOnly: false },
  province: { status: 'submitted', isControlledOnly: false },
  national: { status: 'forwarded', isControlledOnly: true },
};

export type FilingDeskProps = {
  desk: Desk;
  year: number;
  /** The college filter for the college desk (when the user administers exactly one college). */
  collegeId?: string;
  onEdit?: (item: FilingItem) => void;
};

export function FilingDesk({ desk, year, collegeId, onEdit }: FilingDeskProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<FilingStatus | undefined>(deskDefaults[desk].status);
  const [kind, setKind] = useState<FilingKind | undefined>(undefined);
  const [isControlledOnly, setIsControlledOnly] = useState(deskDefaults[desk].isControlledOnly);
  const [limit, setLimit] = useState(20);
  const query: FilingListQuery = { year, status, kind, college: collegeId, controlled: isControlledOnly ? 'true' : undefined, limit };
  const paging = useCursorPaging(JSON.stringify(query));
  const items = useFilingItems({ ...query, cursor: paging.cursor });

  return (
    <Card data-testid={`filing-desk-${desk}`}>
      <Typography.Paragraph type="secondary">{t(`filings.deskHints.${desk}`)}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select<FilingStatus>
          allowClear
          value={status}
          onChange={setStatus}
          placeholder={t('filings.list.allStatuses')}
          options={filingStatuses.map((value) => ({ value, label: t(`filings.statuses.${value}`) }))}
          style={{ width: 160 }}
          data-testid={`filing-status-filter-${desk}`}
        />
        <Select<FilingKind>
          allowClear
          value={kind}
          onChange={setKind}
          placeholder={t('filings.list.allKinds')}
          options={filingKindSchema.options.map((value) => ({ value, label: t(`filings.kinds.${value}`) }))}
          style={{ width: 140 }}
        />
        <Checkbox checked={isControlledOnly} onChange={(event) => setIsControlledOnly(event.target.checked)}>
          {t('filings.list.controlledOnly')}
        </Checkbox>
      </Flex>
      {items.error ? <ErrorAlert error={items.error} onRetry={() => void items.refetch()} /> : null}
      <FilingItemsTable
        items={items.data?.items ?? []}
        isLoading={items.isFetching}
        isCollegeShown={desk !== 'college'}
        onEdit={onEdit}
        testId={`filing-table-${desk}`}
      />
      <CursorPager paging={paging} nextCursor={items.data?.nextCursor} pageSize={limit} onPageSizeChange={setLimit} isLoading={items.isFetching} />
    </Card>
  );
}
