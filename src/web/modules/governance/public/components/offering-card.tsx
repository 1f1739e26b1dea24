import { MinusOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicMeta, PublicOffering } from '../../../../../shared/contracts/governance/public-info.js';
import { useCompareList } from '../model/compare-store.js';
import { findFigure, MAX_COMPARE_IDS } from '../model/figure-display.js';
import { FigureView } from './figure-view.js';

export type OfferingCardProps = { offering: PublicOffering; meta: PublicMeta | undefined };

/** A college's offering of the program: where, since when, its headline outcome, and the compare toggle. */
export function OfferingCard({ offering, meta }: OfferingCardProps) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const compare = useCompareList();
  const isPicked = compare.ids.includes(offering.id);
  const onToggle = () => {
    if (!isPicked && compare.ids.length >= MAX_COMPARE_IDS) {
      message.warning(t('publicInfo.program.compareFull'));
      return;
    }
    compare.toggle(offering.id);
  };
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={`public-offering-${offering.id}`}>
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <div style={{ minWidth: 0 }}>
            <Link to={`/public/offerings/${encodeURIComponent(offering.id)}`} data-testid="public-offering-link">
              <Typography.Text strong style={{ fontSize: 15 }}>
                {offering.collegeName}
              </Typography.Text>
            </Link>
            <div>
              <Typography.Text type="secondary">
                {offering.provinceName} · {t('publicInfo.program.opened', { year: offering.openedYear })}
                {offering.closedYear ? ` · ${t('publicInfo.program.closed', { year: offering.closedYear })}` : ''}
              </Typography.Text>
            </div>
          </div>
          {offering.isGenerated ? <Tag color="orange">{t('publicInfo.offering.generated')}</Tag> : null}
        </Flex>
        <FigureView indicator="destination-year-end" figure={findFigure(offering, 'destination-year-end')} meta={meta} isCompact />
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {offering.latestYear ? t('publicInfo.program.latest', { year: offering.latestYear }) : t('publicInfo.program.noYear')}
          </Typography.Text>
          <Button size="small" icon={isPicked ? <MinusOutlined /> : <PlusOutlined />} type={isPicked ? 'default' : 'dashed'} onClick={onToggle} data-testid="public-compare-toggle">
            {isPicked ? t('publicInfo.program.removeCompare') : t('publicInfo.program.addCompare')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
