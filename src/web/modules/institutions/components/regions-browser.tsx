import { Col, Row } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../../shared/contracts/platform/institutions.js';
import { useIsMobile } from '../../../ui/use-is-mobile.js';
import { useProvinces, useRegions } from '../api/institutions.api.js';
import { RegionColumn } from './region-column.js';

/** Provinces → prefectures → counties, each column listing the children of the selection on its left. */
export function RegionsBrowser() {
  const { t } = useTranslation();
  const [province, setProvince] = useState<Region | null>(null);
  const [prefecture, setPrefecture] = useState<Region | null>(null);
  const provinces = useProvinces();
  const prefectures = useRegions({ parent: province?.code }, province !== null);
  const counties = useRegions({ parent: prefecture?.code }, prefecture !== null);
  const isMobile = useIsMobile();
  const prefecturesRef = useRef<HTMLDivElement>(null);
  const countiesRef = useRef<HTMLDivElement>(null);

  // On a phone the columns stack: bring the next level into view after a choice.
  const reveal = (target: HTMLDivElement | null) => {
    if (isMobile && target) window.setTimeout(() => target.scrollIntoView({ behavior: 'smooth', block: 'start' }), 50);
  };

  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} md={8}>
        <RegionColumn
          title={t('institutions.regions.provinces')}
          regions={provinces.data}
          isLoading={provinces.isPending}
          error={provinces.error}
          selectedCode={province?.code}
          onSelect={(region) => {
            setProvince(region);
            setPrefecture(null);
            reveal(prefecturesRef.current);
          }}
          testId="regions-provinces"
        />
      </Col>
      <Col xs={24} md={8} ref={prefecturesRef}>
        <RegionColumn
          key={province?.code ?? 'none'}
          title={province ? `${t('institutions.regions.prefectures')} · ${province.name}` : t('institutions.regions.prefectures')}
          regions={prefectures.data}
          isLoading={prefectures.isPending}
          error={prefectures.error}
          selectedCode={prefecture?.code}
          onSelect={(region) => {
            setPrefecture(region);
            reveal(countiesRef.current);
          }}
          placeholder={province ? undefined : t('institutions.regions.pickProvince')}
          testId="regions-prefectures"
        />
      </Col>
      <Col xs={24} md={8} ref={countiesRef}>
        <RegionColumn
          key={prefecture?.code ?? 'none'}
          title={prefecture ? `${t('institutions.regions.counties')} · ${prefecture.name}` : t('institutions.regions.counties')}
          regions={counties.data}
          isLoading={counties.isPending}
          error={counties.error}
          placeholder={prefecture ? undefined : t('institutions.regions.pickPrefecture')}
          testId="regions-counties"
        />
      </Col>
    </Row>
  );
}
