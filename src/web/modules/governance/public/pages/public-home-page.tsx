import { SearchOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Form, Input, Row, Select, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { provinceCodeSchema } from '../../../../../shared/contracts/governance/dashboards.js';
import { offeringLevelSchema, type OfferingLevel } from '../../../../../shared/contracts/governance/indicators.js';
import { CursorPager } from '../../../../ui/cursor-pager.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { useCursorPaging } from '../../../../ui/use-cursor-paging.js';
import { usePublicCategories, usePublicPrograms, usePublicProvinces, type ProgramSearch } from '../api/public.api.js';
import { PublicLayout } from '../components/public-layout.js';

const pageSize = 24;

type SearchForm = { q?: string; region?: string; level?: OfferingLevel; major?: string };

function readSearch(params: URLSearchParams): ProgramSearch {
  const region = provinceCodeSchema.safeParse(params.get('region'));
  const level = offeringLevelSchema.safeParse(params.get('level'));
  return {
    q: params.get('q')?.trim() || undefined,
    region: region.success ? region.data : undefined,
    level: level.success ? level.data : undefined,
    major: params.get('major')?.trim() || undefined,
    limit: pageSize,
  };
}

function writeSearch(values: SearchForm): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== ''));
}

/** Find programs by name or code, region, level and major category; each result says how many colleges offer it. */
export function PublicHomePage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = readSearch(searchParams);
  const paging = useCursorPaging(searchParams.toString());
  const programs = usePublicPrograms({ ...search, cursor: paging.cursor });
  const provinces = usePublicProvinces();
  const categories = usePublicCategories();
  const majors = (categories.data?.majors ?? []).filter((major) => !search.level || major.level === search.level);
  const regionSuffix = search.region ? `?region=${search.region}` : '';

  return (
    <PublicLayout provenance={programs.data?.meta.provenance}>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('publicInfo.search.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('publicInfo.tagline')}</Typography.Paragraph>
        <Form<SearchForm> layout="vertical" key={searchParams.toString()} initialValues={search} onFinish={(values) => setSearchParams(writeSearch(values))}>
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item name="q" label={t('publicInfo.search.q')}>
                <Input allowClear prefix={<SearchOutlined />} data-testid="public-search-q" />
              </Form.Item>
            </Col>
            <Col xs={12} md={5}>
              <Form.Item name="region" label={t('publicInfo.search.region')}>
                <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('publicInfo.search.anyRegion')} options={(provinces.data ?? []).map((region) => ({ value: region.code, label: region.name }))} data-testid="public-search-region" />
              </Form.Item>
            </Col>
            <Col xs={12} md={5}>
              <Form.Item name="level" label={t('publicInfo.search.level')}>
                <Select allowClear placeholder={t('publicInfo.search.anyLevel')} options={offeringLevelSchema.options.map((level) => ({ value: level, label: t(`publicInfo.levels.${level}`) }))} data-testid="public-search-level" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="major" label={t('publicInfo.search.major')}>
                <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('publicInfo.search.anyMajor')} options={majors.map((major) => ({ value: major.code, label: `${major.name}（${t(`publicInfo.levels.${major.level}`)}）` }))} />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="public-search-submit">
            {t('publicInfo.search.submit')}
          </Button>
        </Form>
      </Card>
      {programs.error ? <ErrorAlert error={programs.error} onRetry={() => void programs.refetch()} /> : null}
      {programs.isPending ? <Skeleton active /> : null}
      {programs.data && programs.data.items.length === 0 ? <Empty description={t('publicInfo.search.empty')} /> : null}
      <Row gutter={[12, 12]} data-testid="public-program-results">
        {(programs.data?.items ?? []).map((program) => (
          <Col key={`${program.level}:${program.code}`} xs={24} sm={12} lg={8}>
            <Link to={`/public/programs/${encodeURIComponent(program.code)}${regionSuffix}`} data-testid={`public-program-${program.code}`}>
              <Card hoverable size="small" style={{ height: '100%' }}>
                <Flex vertical gap={4}>
                  <Typography.Text strong style={{ fontSize: 16 }}>
                    {program.name}
                  </Typography.Text>
                  {program.nameEn ? <Typography.Text type="secondary">{program.nameEn}</Typography.Text> : null}
                  <Flex gap={4} wrap>
                    <Tag>{program.code}</Tag>
                    <Tag color="blue">{t(`publicInfo.levels.${program.level}`)}</Tag>
                  </Flex>
                  <Typography.Text>
                    <TeamOutlined /> {t('publicInfo.search.colleges', { count: program.collegeCount })}
                  </Typography.Text>
                </Flex>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      {programs.data && (programs.data.nextCursor || paging.hasPrevious) ? (
        <CursorPager paging={paging} nextCursor={programs.data.nextCursor} pageSize={pageSize} onPageSizeChange={() => undefined} pageSizes={[pageSize]} isLoading={programs.isFetching} />
      ) : null}
    </PublicLayout>
  );
}
