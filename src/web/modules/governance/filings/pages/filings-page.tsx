import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Collapse, Select, Spin, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { FilingItem } from '../../../../../shared/contracts/governance/filings.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { PageHeader } from '../../../../ui/page-header.js';
import { useFilingCycles } from '../api/filings.api.js';
import { CycleCard } from '../components/cycle-card.js';
import { CycleEditorModal } from '../components/cycle-editor-modal.js';
import { FilingDesk, type Desk } from '../components/filing-desk.js';
import { FilingItemDrawer } from '../components/filing-item-drawer.js';
import { CollegeCycleTimeline } from '../components/filing-timeline.js';
import { useGovernanceDesks } from '../hooks/use-governance-roles.js';

type DrawerState = { isOpen: false } | { isOpen: true; item?: FilingItem };

/** The filing desks of the signed-in user: the college's own items, the province's review queue, the national approvals. */
export function FilingsPage() {
  const { t } = useTranslation();
  const desks = useGovernanceDesks();
  const cycles = useFilingCycles();
  const [searchParams, setSearchParams] = useSearchParams();
  const [drawer, setDrawer] = useState<DrawerState>({ isOpen: false });
  const [cycleEditor, setCycleEditor] = useState<'closed' | 'create' | 'edit'>('closed');
  const [now] = useState(() => Date.now());

  const available = useMemo(() => {
    const result: Desk[] = [];
    if (desks.isCollegeAdmin) result.push('college');
    if (desks.isProvinceAdmin) result.push('province');
    if (desks.isNationalAdmin) result.push('national');
    return result;
  }, [desks]);

  const years = (cycles.data ?? []).map((cycle) => cycle.year).sort((a, b) => b - a);
  const requestedYear = Number(searchParams.get('year'));
  const year = years.includes(requestedYear) ? requestedYear : (years[0] ?? new Date().getFullYear() + 1);
  const requestedDesk = searchParams.get('desk');
  const desk = available.find((value) => value === requestedDesk) ?? available[0];
  const cycle = cycles.data?.find((value) => value.year === year);
  const collegeId = desks.college.length === 1 ? desks.college[0]?.scope.slice('college:'.length) : undefined;

  const update = (next: { year?: number; desk?: Desk }) => {
    const params = new URLSearchParams(searchParams);
    if (next.year !== undefined) params.set('year', String(next.year));
    if (next.desk !== undefined) params.set('desk', next.desk);
    setSearchParams(params, { replace: true });
  };

  const onEdit = (item: FilingItem) => setDrawer({ isOpen: true, item });
  const renderDesk = (value: Desk) => (
    <>
      <FilingDesk key={`${value}:${year}`} desk={value} year={year} collegeId={value === 'college' ? collegeId : undefined} onEdit={value === 'college' ? onEdit : undefined} />
      {value === 'college' && collegeId ? (
        <Card style={{ marginTop: 16 }} styles={{ body: { padding: 0 } }}>
          <Collapse
            ghost
            items={[{ key: 'timeline', label: t('filings.detail.cycleTimeline', { year }), children: <CollegeCycleTimeline year={year} collegeId={collegeId} /> }]}
          />
        </Card>
      ) : null}
    </>
  );

  return (
    <>
      <PageHeader
        title={t('filings.title')}
        subtitle={t('filings.subtitle')}
        extra={
          <>
            <Select<number>
              value={year}
              onChange={(value) => update({ year: value })}
              options={(years.length > 0 ? years : [year]).map((value) => ({ value, label: `${t('filings.cycle.label')} ${value}` }))}
              style={{ width: 170 }}
              data-testid="filing-year"
            />
            {desks.isNationalAdmin ? (
              <>
                {cycle ? (
                  <Button icon={<CalendarOutlined />} onClick={() => setCycleEditor('edit')} data-testid="cycle-edit">
                    {t('filings.cycle.edit')}
                  </Button>
                ) : null}
                <Button icon={<PlusOutlined />} onClick={() => setCycleEditor('create')} data-testid="cycle-create">
                  {t('filings.cycle.create')}
                </Button>
              </>
            ) : null}
            {desks.isCollegeAdmin ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ isOpen: true })} data-testid="filing-create">
                {t('filings.list.create')}
              </Button>
            ) : null}
          </>
        }
      />
      {cycles.error ? <ErrorAlert error={cycles.error} onRetry={() => void cycles.refetch()} /> : null}
      {cycles.isPending ? <Spin /> : <CycleCard cycle={cycle} year={year} now={now} />}
      {desk && available.length > 1 ? (
        <Tabs
          activeKey={desk}
          onChange={(key) => update({ desk: available.find((value) => value === key) })}
          items={available.map((value) => ({ key: value, label: t(`filings.desks.${value}`), children: renderDesk(value) }))}
        />
      ) : desk ? (
        renderDesk(desk)
      ) : null}
      <CycleEditorModal
        isOpen={cycleEditor !== 'closed'}
        onClose={() => setCycleEditor('closed')}
        cycle={cycleEditor === 'edit' ? cycle : undefined}
        suggestedYear={(years[0] ?? new Date().getFullYear()) + 1}
        onSaved={(saved) => update({ year: saved })}
      />
      <FilingItemDrawer
        isOpen={drawer.isOpen}
        onClose={() => setDrawer({ isOpen: false })}
        year={year}
        colleges={desks.college}
        item={drawer.isOpen ? drawer.item : undefined}
      />
    </>
  );
}
