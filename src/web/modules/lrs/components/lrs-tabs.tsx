import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export type LrsTab = 'statements' | 'activity' | 'clients';

const paths: Record<LrsTab, string> = { statements: '/lrs', activity: '/lrs/activity', clients: '/lrs/clients' };

export type LrsTabsProps = { current: LrsTab };

/** Switches between the three learning-record pages (one menu entry in the shell). */
export function LrsTabs({ current }: LrsTabsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const tabs: LrsTab[] = ['statements', 'activity', 'clients'];
  return (
    <Segmented<LrsTab>
      value={current}
      onChange={(tab) => void navigate(paths[tab])}
      options={tabs.map((tab) => ({ value: tab, label: <span data-testid={`lrs-tab-${tab}`}>{t(`lrs.tabs.${tab}`)}</span> }))}
      style={{ marginBottom: 16 }}
    />
  );
}
