import { Card, Col, Descriptions, Flex, Row, Skeleton, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { PublicOfferingYear } from '../../../../../shared/contracts/governance/public-info.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { PageHeader } from '../../../../ui/page-header.js';
import { usePublicOffering } from '../api/public.api.js';
import { FigureView } from '../components/figure-view.js';
import { PublicLayout } from '../components/public-layout.js';
import { displayFigure, findFigure, publicIndicators } from '../model/figure-display.js';

/** One offering: its published outcomes (with counts, pooled or suppressed as the rules say) and its yearly figures. */
export function PublicOfferingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = usePublicOffering(id);
  const data = detail.data;

  const yearColumns: TableColumnsType<PublicOfferingYear> = [
    { key: 'year', title: t('publicInfo.offering.year'), dataIndex: 'year', width: 70, fixed: 'left' },
    { key: 'planned', title: t('publicInfo.offering.planned'), dataIndex: 'plannedPlaces', align: 'right' },
    { key: 'entrants', title: t('publicInfo.offering.entrants'), dataIndex: 'entrants', align: 'right' },
    { key: 'graduates', title: t('publicInfo.offering.graduates'), dataIndex: 'graduates', align: 'right' },
    ...publicIndicators.slice(0, 3).map((indicator) => ({
      key: indicator,
      title: t(`publicInfo.indicators.${indicator}`),
      align: 'right' as const,
      render: (_value: unknown, year: PublicOfferingYear) => {
        const shown = displayFigure(findFigure(year, indicator));
        return shown.rate ? (
          <span>
            {shown.rate}
            <Typography.Text type="secondary"> ({shown.counts})</Typography.Text>
          </span>
        ) : (
          <Typography.Text type="secondary">{t(`publicInfo.status.${shown.status}`)}</Typography.Text>
        );
      },
    })),
  ];

  return (
    <PublicLayout provenance={data?.meta.provenance}>
      {detail.error ? <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} /> : null}
      {!data && !detail.error ? <Skeleton active /> : null}
      {data ? (
        <>
          <PageHeader
            backTo={`/public/programs/${encodeURIComponent(data.offering.programCode)}`}
            title={<span data-testid="public-offering-title">{t('publicInfo.offering.title', { college: data.offering.collegeName, program: data.offering.programName })}</span>}
            subtitle={
              <Flex gap={4} wrap component="span">
                <Tag>{data.offering.programCode}</Tag>
                <Tag color="blue">{t(`publicInfo.levels.${data.offering.level}`)}</Tag>
                <span>
                  {data.offering.provinceName} · {t('publicInfo.program.opened', { year: data.offering.openedYear })}
                </span>
                {data.offering.isGenerated ? <Tag color="orange">{t('publicInfo.offering.generated')}</Tag> : null}
              </Flex>
            }
          />
          <Card size="small" title={t('publicInfo.offering.outcomes')} style={{ marginBottom: 16 }} data-testid="public-offering-outcomes">
            <Row gutter={[16, 16]}>
              {publicIndicators.map((indicator) => (
                <Col key={indicator} xs={24} sm={12} lg={6}>
                  <FigureView indicator={indicator} figure={findFigure(data.offering, indicator)} meta={data.meta} />
                </Col>
              ))}
            </Row>
          </Card>
          <Card size="small" title={t('publicInfo.offering.years')}>
            <Table<PublicOfferingYear> rowKey="year" size="small" columns={yearColumns} dataSource={data.years} pagination={false} scroll={{ x: 720 }} data-testid="public-offering-years" />
            <Descriptions size="small" column={1} style={{ marginTop: 12 }} items={[{ key: 'rule', label: t('publicInfo.explain.counts'), children: t('publicInfo.explain.rule', { min: data.meta.minCount, years: data.meta.poolYears }) }]} />
          </Card>
        </>
      ) : null}
    </PublicLayout>
  );
}
