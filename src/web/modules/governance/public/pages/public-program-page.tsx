import { Col, Empty, Flex, Row, Select, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { provinceCodeSchema } from '../../../../../shared/contracts/governance/dashboards.js';
import { CursorPager } from '../../../../ui/cursor-pager.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { PageHeader } from '../../../../ui/page-header.js';
import { useCursorPaging } from '../../../../ui/use-cursor-paging.js';
import { useProgramOfferings, usePublicProvinces } from '../api/public.api.js';
import { OfferingCard } from '../components/offering-card.js';
import { PublicLayout } from '../components/public-layout.js';

const pageSize = 24;

/** The colleges that offer one program (recorded offerings), each with its latest outcome. */
export function PublicProgramPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const parsedRegion = provinceCodeSchema.safeParse(searchParams.get('region'));
  const region = parsedRegion.success ? parsedRegion.data : undefined;
  const paging = useCursorPaging(`${code}:${region ?? ''}`);
  const offerings = useProgramOfferings(code, { region, limit: pageSize, cursor: paging.cursor });
  const provinces = usePublicProvinces();
  const first = offerings.data?.items[0];

  return (
    <PublicLayout provenance={offerings.data?.meta.provenance}>
      <PageHeader
        backTo="/public"
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="public-program-title">{first?.programName ?? code}</span>
            <Tag>{code}</Tag>
            {first ? <Tag color="blue">{t(`publicInfo.levels.${first.level}`)}</Tag> : null}
          </Flex>
        }
        subtitle={t('publicInfo.program.offerings')}
        extra={
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={region}
            onChange={(next) => setSearchParams(next ? { region: next } : {})}
            placeholder={t('publicInfo.search.anyRegion')}
            options={(provinces.data ?? []).map((item) => ({ value: item.code, label: item.name }))}
            style={{ minWidth: 160 }}
            aria-label={t('publicInfo.search.region')}
          />
        }
      />
      {offerings.error ? <ErrorAlert error={offerings.error} onRetry={() => void offerings.refetch()} /> : null}
      {offerings.isPending ? <Skeleton active /> : null}
      {offerings.data && offerings.data.items.length === 0 ? <Empty description={t('publicInfo.program.empty')} /> : null}
      <Row gutter={[12, 12]} data-testid="public-offerings">
        {(offerings.data?.items ?? []).map((offering) => (
          <Col key={offering.id} xs={24} md={12} xl={8}>
            <OfferingCard offering={offering} meta={offerings.data?.meta} />
          </Col>
        ))}
      </Row>
      {offerings.data && (offerings.data.nextCursor || paging.hasPrevious) ? (
        <CursorPager paging={paging} nextCursor={offerings.data.nextCursor} pageSize={pageSize} onPageSizeChange={() => undefined} pageSizes={[pageSize]} isLoading={offerings.isFetching} />
      ) : null}
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
        {offerings.data ? t('publicInfo.explain.rule', { min: offerings.data.meta.minCount, years: offerings.data.meta.poolYears }) : null}
      </Typography.Paragraph>
    </PublicLayout>
  );
}
