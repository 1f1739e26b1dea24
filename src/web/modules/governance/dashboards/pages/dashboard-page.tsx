import { Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { UnitRow } from '../../../../../shared/contracts/governance/dashboards.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { PageHeader } from '../../../../ui/page-header.js';
import { useDashboardChart, useProvinceNames } from '../api/dashboards.api.js';
import { AdjustmentsCard, AlignmentCard, DeviationCard, SaturationCard, TrendsCard } from '../components/analysis-cards.js';
import { BreakdownCard } from '../components/breakdown-card.js';
import { buildCrumbs, DashboardBreadcrumbs, DashboardFilters, WarningStrip } from '../components/dashboard-header.js';
import { MapCard } from '../components/map-card.js';
import { OfferingPanel } from '../components/offering-panel.js';
import { OverviewCards } from '../components/overview-cards.js';
import { drillLevel, drillTo, readDrillState, writeDrillState, type DrillState } from '../model/dashboard-view.js';

/**
 * National → province → college → offering. The address holds the drill state, so the
 * browser's back button steps up a level and every view can be shared as a link.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = readDrillState(searchParams);
  const level = drillLevel(state);
  const { view } = state;
  const overview = useDashboardChart('overview', view);
  const map = useDashboardChart('map', view, {}, level === 'national');
  const breakdown = useDashboardChart('breakdown', view, {}, level !== 'national');
  const provinceNames = useProvinceNames();
  const navigate = (next: DrillState) => setSearchParams(writeDrillState(next));

  const offeringRow = state.offeringId ? breakdown.data?.rows.find((row) => row.unitId === state.offeringId) : undefined;
  const crumbs = buildCrumbs(state, {
    national: t('dashboards.national'),
    province: view.province ? provinceNames.data?.get(view.province) : undefined,
    college: view.college && overview.data?.scope.level === 'college' ? overview.data.scope.label : undefined,
    offering: offeringRow?.unitName,
  });
  const onUnit = (row: UnitRow) => {
    if (row.unitKind === 'province') navigate(drillTo(state, { province: row.provinceCode }));
    else if (row.unitKind === 'college' && row.collegeId) navigate(drillTo(state, { province: row.provinceCode, college: row.collegeId }));
    else if (row.unitKind === 'offering' && row.collegeId) navigate(drillTo(state, { province: row.provinceCode, college: row.collegeId, offeringId: row.unitId }));
  };

  return (
    <>
      <PageHeader title={t('dashboards.title')} subtitle={<DashboardBreadcrumbs crumbs={crumbs} onNavigate={navigate} />} extra={<DashboardFilters frame={overview.data} state={state} onChange={navigate} />} />
      <Flex vertical gap={16} data-testid={`dashboard-${level}`}>
        {overview.error ? <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} /> : null}
        {overview.data ? <WarningStrip frame={overview.data} /> : null}
        <OverviewCards overview={overview.data} />
        {state.offeringId ? <OfferingPanel offeringId={state.offeringId} row={offeringRow} /> : null}
        {level === 'national' ? (
          <MapCard map={map.data} view={view} isLoading={map.isPending} error={map.error} onProvince={(province) => navigate(drillTo(state, { province }))} />
        ) : (
          <BreakdownCard breakdown={breakdown.data} view={view} isLoading={breakdown.isPending} error={breakdown.error} onUnit={onUnit} />
        )}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <TrendsCard view={view} />
          </Col>
          <Col xs={24} xl={12}>
            <AdjustmentsCard view={view} />
          </Col>
          <Col xs={24}>
            <SaturationCard view={view} />
          </Col>
          <Col xs={24} xl={12}>
            <AlignmentCard view={view} />
          </Col>
          <Col xs={24} xl={12}>
            <DeviationCard view={view} />
          </Col>
        </Row>
      </Flex>
    </>
  );
}
