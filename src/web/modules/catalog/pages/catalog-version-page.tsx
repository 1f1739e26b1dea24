import { Card, Descriptions, Flex, Skeleton, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useCatalogVersion, useCatalogVersions } from '../api/catalog.api.js';
import { AmplitudePanel } from '../components/amplitude-panel.js';
import { SampleCatalogAlert, SampleTag } from '../components/catalog-tags.js';
import { CategoryBrowser } from '../components/category-browser.js';
import { RevisionsTable } from '../components/revisions-table.js';

type VersionTab = 'browse' | 'revisions' | 'amplitude';
const tabs: readonly VersionTab[] = ['browse', 'revisions', 'amplitude'];

function readTab(value: string | null): VersionTab {
  return tabs.find((tab) => tab === value) ?? 'browse';
}

/** One catalog version: its programs by level and category, its change records and its adjustment amplitude. */
export function CatalogVersionPage() {
  const { t } = useTranslation();
  const { versionId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = readTab(searchParams.get('tab'));
  const version = useCatalogVersion(versionId);
  const versions = useCatalogVersions();

  if (version.error) return <ErrorAlert error={version.error} onRetry={() => void version.refetch()} />;
  if (!version.data) return <Skeleton active />;
  const current = version.data;

  return (
    <>
      <PageHeader
        backTo="/catalog"
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="catalog-version-title">{current.title}</span>
            {current.isSample ? <SampleTag /> : null}
            {current.isCurrent ? <Tag color="green">{t('catalog.currentTag')}</Tag> : null}
          </Flex>
        }
        subtitle={current.titleEn ?? undefined}
      />
      {current.isSample ? <SampleCatalogAlert /> : null}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { key: 'id', label: t('catalog.versions.columns.id'), children: current.id },
            { key: 'kind', label: t('catalog.versions.columns.kind'), children: `${t(`catalog.kinds.${current.kind}`)} · ${current.year}` },
            { key: 'source', label: t('catalog.versions.columns.source'), children: current.source ?? '—' },
            {
              key: 'programs',
              label: t('catalog.versions.columns.programs'),
              children: `${current.programCounts.secondary} / ${current.programCounts.higher} / ${current.programCounts.undergraduate}`,
            },
          ]}
        />
      </Card>
      <Card styles={{ body: { paddingTop: 8 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearchParams(key === 'browse' ? {} : { tab: key })}
          items={[
            { key: 'browse', label: t('catalog.tabs.browse'), children: <CategoryBrowser versionId={current.id} /> },
            { key: 'revisions', label: t('catalog.tabs.revisions'), children: <RevisionsTable versionId={current.id} /> },
            { key: 'amplitude', label: t('catalog.tabs.amplitude'), children: <AmplitudePanel version={current} versions={versions.data ?? []} /> },
          ]}
          data-testid="catalog-version-tabs"
        />
      </Card>
    </>
  );
}
