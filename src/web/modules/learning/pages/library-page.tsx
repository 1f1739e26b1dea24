import { Card, Col, Empty, Flex, Input, List, Row, Segmented, Space, Tag, Typography } from 'antd';
import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { searchTargetPath, type FacetCount, type SearchResult } from '../../../../shared/contracts/learning/search.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatDateTime } from '../../../ui/format.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useResourceSearch, type SearchParams } from '../api/learning.api.js';
import { HighlightedText } from '../components/highlighted-text.js';

type FacetName = keyof SearchResult['facets'];
const facetNames: FacetName[] = ['kind', 'type', 'category', 'level', 'language', 'provider'];

function useFacetLabel() {
  const { t } = useTranslation();
  return (facet: FacetName, value: string): string => {
    if (facet === 'kind') return t(`learning.kinds.${value}` as ParseKeys);
    if (facet === 'type') return t(`learning.types.${value}` as ParseKeys, { defaultValue: t(`learning.kinds.${value}` as ParseKeys) });
    if (facet === 'level') return t(`learning.levels.${value}` as ParseKeys);
    if (facet === 'provider') return t(`learning.providerKinds.${value}` as ParseKeys);
    return value;
  };
}

type FacetBoxProps = { facet: FacetName; counts: readonly FacetCount[]; selected: string | undefined; onSelect: (value: string | undefined) => void };

function FacetBox({ facet, counts, selected, onSelect }: FacetBoxProps) {
  const { t } = useTranslation();
  const label = useFacetLabel();
  if (counts.length === 0 && selected === undefined) return null;
  return (
    <Card size="small" title={t(`learning.library.facets.${facet}`)} style={{ marginBottom: 12 }}>
      <Flex wrap gap={6}>
        {counts.map((count) => (
          <Tag.CheckableTag key={count.value} checked={selected === count.value} onChange={(isChecked) => onSelect(isChecked ? count.value : undefined)}>
            {label(facet, count.value)} ({count.count})
          </Tag.CheckableTag>
        ))}
      </Flex>
    </Card>
  );
}

const paramOf: Record<FacetName, keyof SearchParams> = { kind: 'kind', type: 'type', category: 'category', level: 'level', language: 'language', provider: 'provider' };

export function LibraryPage() {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const label = useFacetLabel();
  const [text, setText] = useState('');
  const [params, setParams] = useState<SearchParams>({ q: '', sort: 'relevance', offset: 0 });
  const search = useResourceSearch(params);
  const result = search.data;
  const setFacet = (facet: FacetName, value: string | undefined) => setParams((current) => ({ ...current, [paramOf[facet]]: value, offset: 0 }));

  return (
    <>
      <PageHeader title={t('learning.library.title')} subtitle={t('learning.library.subtitle')} />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          value={text}
          onChange={(event) => setText(event.target.value)}
          onSearch={(value) => setParams((current) => ({ ...current, q: value.trim(), offset: 0 }))}
          placeholder={t('learning.library.searchPlaceholder')}
          enterButton={t('learning.library.search')}
          allowClear
          style={{ maxWidth: 520 }}
          aria-label={t('learning.library.search')}
        />
        <Segmented
          value={params.sort}
          onChange={(value) => setParams((current) => ({ ...current, sort: value as SearchParams['sort'], offset: 0 }))}
          options={(['relevance', 'recent', 'rating'] as const).map((sort) => ({ value: sort, label: t(`learning.library.sort.${sort}`) }))}
        />
      </Flex>
      {search.error ? <ErrorAlert error={search.error} onRetry={() => void search.refetch()} /> : null}
      <Row gutter={16}>
        <Col xs={24} md={7} lg={6}>
          {result ? facetNames.map((facet) => <FacetBox key={facet} facet={facet} counts={result.facets[facet]} selected={params[paramOf[facet]] as string | undefined} onSelect={(value) => setFacet(facet, value)} />) : null}
        </Col>
        <Col xs={24} md={17} lg={18}>
          {result ? (
            <Typography.Paragraph type="secondary" data-testid="search-total">
              {result.isFuzzy ? t('learning.library.fuzzy') : result.isTotalCapped ? t('learning.library.totalCapped', { count: result.total }) : t('learning.library.total', { count: result.total })}
            </Typography.Paragraph>
          ) : null}
          <List
            loading={search.isLoading}
            dataSource={result?.hits ?? []}
            locale={{ emptyText: <Empty description={t('learning.library.empty')} /> }}
            renderItem={(hit) => (
              <List.Item key={hit.id} data-testid="search-hit">
                <List.Item.Meta
                  title={
                    <Link to={searchTargetPath(hit.kind, hit.id)}>
                      <HighlightedText parts={hit.titleParts} />
                    </Link>
                  }
                  description={
                    <Space direction="vertical" size={4} style={{ width: '100%' }}>
                      <Typography.Text>
                        <HighlightedText parts={hit.snippet} />
                      </Typography.Text>
                      <Flex wrap gap={4}>
                        {hit.kind === 'resource' ? <Tag color="blue">{label('type', hit.type)}</Tag> : <Tag color="purple">{label('kind', hit.kind)}</Tag>}
                        <Tag>{label('level', hit.level)}</Tag>
                        {hit.providerKinds.includes('co-built') ? <Tag color="gold">{label('provider', 'co-built')}</Tag> : null}
                        {hit.programCodes.map((code) => (
                          <Tag key={code}>{code}</Tag>
                        ))}
                        <Typography.Text type="secondary">{t('learning.library.published', { date: formatDateTime(hit.publishedAt, locale) })}</Typography.Text>
                      </Flex>
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        </Col>
      </Row>
    </>
  );
}
