import { InfoCircleOutlined } from '@ant-design/icons';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicFigure, PublicIndicator, PublicMeta } from '../../../../../shared/contracts/governance/public-info.js';
import { displayFigure } from '../model/figure-display.js';

export type FigureViewProps = {
  indicator: PublicIndicator;
  figure: PublicFigure | undefined;
  meta: PublicMeta | undefined;
  /** Smaller type for lists and the compare table. */
  isCompact?: boolean;
};

/** One published outcome: the rate, the counts behind it ("45 / 52"), or why it is not published. */
export function FigureView({ indicator, figure, meta, isCompact = false }: FigureViewProps) {
  const { t } = useTranslation();
  const shown = displayFigure(figure);
  const minCount = meta?.minCount ?? 0;
  const explanation =
    shown.status === 'suppressed'
      ? t('publicInfo.explain.suppressed', { min: minCount, years: meta?.poolYears ?? 1 })
      : shown.status === 'pooled'
        ? t('publicInfo.explain.pooled', { min: minCount, range: shown.years ?? '' })
        : null;
  return (
    <Flex vertical gap={2} data-testid={`figure-${indicator}`} data-status={shown.status}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(`publicInfo.indicators.${indicator}`)}
      </Typography.Text>
      {shown.rate ? (
        <Flex align="baseline" gap={8} wrap>
          <Typography.Text strong style={{ fontSize: isCompact ? 18 : 24, fontVariantNumeric: 'tabular-nums' }}>
            {shown.rate}
          </Typography.Text>
          <Tooltip title={t('publicInfo.explain.counts')}>
            <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="figure-counts">
              {shown.counts}
            </Typography.Text>
          </Tooltip>
          {shown.years ? <Tag>{shown.years}</Tag> : null}
        </Flex>
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: isCompact ? 13 : 15 }}>
          {t(`publicInfo.status.${shown.status}`)}
        </Typography.Text>
      )}
      {explanation ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="figure-explanation">
          <InfoCircleOutlined /> {explanation}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
