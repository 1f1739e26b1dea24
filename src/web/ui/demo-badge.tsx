import { ExperimentOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

export type DemoBadgeProps = {
  /** The stable test id; a page with two badges can tell them apart. */
  testId?: string;
};

/** The visible "this is demo data" marker shown whenever the server runs in demo mode. */
export function DemoBadge({ testId = 'demo-badge' }: DemoBadgeProps) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('app.demoTooltip')}>
      <Tag
        color="orange"
        icon={<ExperimentOutlined />}
        data-testid={testId}
        aria-label={t('app.demoTooltip')}
        style={{ marginInlineEnd: 0, fontWeight: 600 }}
      >
        {t('app.demo')}
      </Tag>
    </Tooltip>
  );
}
