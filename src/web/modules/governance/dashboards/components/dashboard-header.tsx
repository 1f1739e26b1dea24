import { AlertOutlined, ExperimentOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Card, Col, Flex, Row, Segmented, Select, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DashboardFrame } from '../../../../../shared/contracts/governance/dashboards.js';
import { destinationSnapshotSchema, offeringLevelSchema, type DestinationSnapshot, type OfferingLevel } from '../../../../../shared/contracts/governance/indicators.js';
import { useCurrentLocale } from '../../../../app/i18n/i18n.js';
import { formatDateTime } from '../../../../ui/format.js';
import { drillTo, type DrillState } from '../model/dashboard-view.js';

export type Crumb = { key: string; label: string; target: DrillState | null };

export type DashboardBreadcrumbsProps = { crumbs: readonly Crumb[]; onNavigate: (state: DrillState) => void };

export function DashboardBreadcrumbs({ crumbs, onNavigate }: DashboardBreadcrumbsProps) {
  const { t } = useTranslation();
  return (
    <Breadcrumb
      aria-label={t('dashboards.breadcrumbLabel')}
      data-testid="dashboard-breadcrumbs"
      items={crumbs.map((crumb) => {
        const target = crumb.target;
        return {
          key: crumb.key,
          title: target ? (
            <a
              href="#"
              onClick={(event) => {
                event.preventDefault();
                onNavigate(target);
              }}
            >
              {crumb.label}
            </a>
          ) : (
            <span>{crumb.label}</span>
          ),
        };
      })}
    />
  );
}

/** The breadcrumb trail of a drill state; every crumb but the last links to its level. */
export function buildCrumbs(state: DrillState, labels: { national: string; province?: string; college?: string; offering?: string }): Crumb[] {
  const crumbs: Crumb[] = [{ key: 'national', label: labels.national, target: drillTo(state, 'national') }];
  if (state.view.province) crumbs.push({ key: 'province', label: labels.province ?? state.view.province, target: drillTo(state, { province: state.view.province }) });
  if (state.view.college) crumbs.push({ key: 'college', label: labels.college ?? state.view.college, target: drillTo(state, { college: state.view.college }) });
  if (state.offeringId) crumbs.push({ key: 'offering', label: labels.offering ?? state.offeringId, target: null });
  const last = crumbs.at(-1);
  if (last) last.target = null;
  return crumbs;
}

export type DashboardFiltersProps = {
  frame: DashboardFrame | undefined;
  state: DrillState;
  onChange: (state: DrillState) => void;
};

export function DashboardFilters({ frame, state, onChange }: DashboardFiltersProps) {
  const { t } = useTranslation();
  const setView = (patch: Partial<DrillState['view']>) => onChange({ ...state, view: { ...state.view, ...patch } });
  const year = state.view.year ?? frame?.year ?? undefined;
  return (
    <Flex gap={8} wrap align="center" data-testid="dashboard-filters">
      <Select<number>
        value={year}
        onChange={(next) => setView({ year: next })}
        placeholder={t('dashboards.filters.year')}
        aria-label={t('dashboards.filters.year')}
        options={[...(frame?.years ?? [])].reverse().map((item) => ({ value: item, label: String(item) }))}
        style={{ width: 100 }}
        data-testid="dashboard-year"
      />
      <Select<OfferingLevel>
        allowClear
        value={state.view.level}
        onChange={(next) => setView({ level: next })}
        placeholder={t('dashboards.filters.anyLevel')}
        aria-label={t('dashboards.filters.level')}
        options={offeringLevelSchema.options.map((level) => ({ value: level, label: t(`dashboards.levels.${level}`) }))}
        style={{ minWidth: 150 }}
      />
      <Segmented<DestinationSnapshot>
        value={state.view.snapshot ?? frame?.snapshot ?? 'year-end'}
        onChange={(next) => setView({ snapshot: next })}
        options={destinationSnapshotSchema.options.map((snapshot) => ({ value: snapshot, label: t(`dashboards.filters.snapshots.${snapshot}`) }))}
      />
    </Flex>
  );
}

/** Open warnings by severity (on every dashboard) and the provenance of the figures. */
export function WarningStrip({ frame }: { frame: DashboardFrame }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const { warnings, provenance } = frame;
  const cells = [
    { key: 'red', value: warnings.red, color: '#cf1322' },
    { key: 'yellow', value: warnings.yellow, color: '#d48806' },
    { key: 'notice', value: warnings.notice, color: '#1f5fbf' },
  ] as const;
  return (
    <Flex vertical gap={8}>
      {provenance.isGenerated || provenance.isSampleCatalog ? (
        <Alert type="warning" showIcon icon={<ExperimentOutlined />} title={provenance.notice ?? t('dashboards.generated')} data-testid="dashboard-provenance" />
      ) : null}
      <Card size="small" data-testid="dashboard-warnings">
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} md={6}>
            <Typography.Text strong>
              <AlertOutlined /> {t('dashboards.warnings.title')}
            </Typography.Text>
          </Col>
          {cells.map((cell) => (
            <Col key={cell.key} xs={8} md={4}>
              <Statistic title={t(`dashboards.warnings.${cell.key}`)} value={cell.value} styles={{ content: { color: cell.color, fontSize: 22 } }} data-testid={`dashboard-warnings-${cell.key}`} />
            </Col>
          ))}
          <Col xs={24} md={6}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {frame.refreshedAt ? t('dashboards.refreshedAt', { time: formatDateTime(frame.refreshedAt, locale) }) : t('dashboards.neverRefreshed')}
            </Typography.Text>
          </Col>
        </Row>
      </Card>
    </Flex>
  );
}
