import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../ui/page-header.js';
import { CollegesTable } from '../components/colleges-table.js';
import { RegionsBrowser } from '../components/regions-browser.js';

type InstitutionsTab = 'regions' | 'colleges';

export function InstitutionsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: InstitutionsTab = searchParams.get('tab') === 'colleges' ? 'colleges' : 'regions';

  return (
    <>
      <PageHeader title={t('institutions.title')} subtitle={t('institutions.subtitle')} />
      <Card styles={{ body: { paddingTop: 8 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearchParams(key === 'colleges' ? { tab: 'colleges' } : {})}
          destroyOnHidden={false}
          items={[
            { key: 'regions', label: t('institutions.tabs.regions'), children: <RegionsBrowser /> },
            { key: 'colleges', label: t('institutions.tabs.colleges'), children: <CollegesTable /> },
          ]}
        />
      </Card>
    </>
  );
}
