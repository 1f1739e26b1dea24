import { Alert, Card, Col, Descriptions, Flex, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { FilingItem } from '../../../../../shared/contracts/governance/filings.js';
import { useCurrentLocale } from '../../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { formatDateTime } from '../../../../ui/format.js';
import { PageHeader } from '../../../../ui/page-header.js';
import { useFilingItem } from '../api/filings.api.js';
import { FilingActions } from '../components/filing-actions.js';
import { FilingItemDrawer } from '../components/filing-item-drawer.js';
import { ControlledTag, FilingKindTag, FilingStatusTag } from '../components/filing-tags.js';
import { FilingTimeline } from '../components/filing-timeline.js';
import { useGovernanceDesks } from '../hooks/use-governance-roles.js';

function ItemFacts({ item }: { item: FilingItem }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const text = (value: string | null) => (value ? <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{value}</Typography.Paragraph> : '—');
  return (
    <Descriptions
      column={1}
      size="small"
      items={[
        { key: 'college', label: t('filings.columns.college'), children: item.collegeId },
        { key: 'year', label: t('filings.form.year'), children: item.year },
        { key: 'catalog', label: t('filings.detail.catalogVersion'), children: item.catalogVersionId },
        { key: 'places', label: t('filings.columns.plannedPlaces'), children: item.plannedPlaces ?? '—' },
        { key: 'justification', label: t('filings.detail.justification'), children: text(item.justification) },
        { key: 'details', label: t('filings.detail.details'), children: text(item.details) },
        { key: 'opinion', label: t('filings.detail.regulatorOpinion'), children: text(item.regulatorOpinion) },
        { key: 'reason', label: t('filings.detail.lastReason'), children: text(item.lastReason) },
        { key: 'submittedAt', label: t('filings.detail.submittedAt'), children: formatDateTime(item.submittedAt, locale) },
        { key: 'decidedAt', label: t('filings.detail.decidedAt'), children: formatDateTime(item.decidedAt, locale) },
      ]}
    />
  );
}

/** One filing item: what was asked, what the caller may do now, and the timeline of every step. */
export function FilingItemPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const item = useFilingItem(id);
  const desks = useGovernanceDesks();
  const [isEditing, setIsEditing] = useState(false);

  if (item.error) return <ErrorAlert error={item.error} onRetry={() => void item.refetch()} />;
  if (!item.data) return <Skeleton active />;
  const data = item.data;
  const hasActions = data.availableActions.length > 0;

  return (
    <>
      <PageHeader
        backTo="/filings"
        title={`${data.programName} · ${data.programCode}`}
        subtitle={
          <Space size={4} wrap>
            <FilingKindTag kind={data.kind} />
            <FilingStatusTag status={data.status} />
            {data.isControlled ? <ControlledTag /> : null}
            {data.isDemo ? <Tag color="orange">{t('filings.list.demo')}</Tag> : null}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('filings.detail.title')} data-testid="filing-detail">
            {data.isControlled ? <Alert type="info" showIcon title={t('filings.form.controlledNotice')} style={{ marginBottom: 16 }} /> : null}
            <ItemFacts item={data} />
            <Flex style={{ marginTop: 16 }}>
              {hasActions ? (
                <FilingActions item={data} onEdit={() => setIsEditing(true)} />
              ) : (
                <Typography.Text type="secondary">{t('filings.detail.noActions')}</Typography.Text>
              )}
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('filings.detail.timeline')}>
            <FilingTimeline itemId={data.id} />
          </Card>
        </Col>
      </Row>
      <FilingItemDrawer isOpen={isEditing} onClose={() => setIsEditing(false)} year={data.year} colleges={desks.college} item={data} />
    </>
  );
}
