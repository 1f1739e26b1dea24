import { GlobalOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/contracts/platform/common.js';

export type LanguageSwitchProps = {
  locale: Locale;
  onChange: (locale: Locale) => void;
  /** Show only the icon and a short label (small screens). */
  isCompact?: boolean;
  isLoading?: boolean;
};

/** Toggles between 简体中文 and English; the label names the language you switch to. */
export function LanguageSwitch({ locale, onChange, isCompact = false, isLoading = false }: LanguageSwitchProps) {
  const { t } = useTranslation();
  const target: Locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  const shortLabel = target === 'en' ? 'EN' : '中';
  return (
    <Tooltip title={t('layout.switchToLabel')}>
      <Button
        type="text"
        icon={<GlobalOutlined />}
        loading={isLoading}
        onClick={() => onChange(target)}
        data-testid="lang-switch"
        data-locale={locale}
        aria-label={t('layout.switchToLabel')}
        lang={target}
      >
        {isCompact ? shortLabel : t('layout.switchTo')}
      </Button>
    </Tooltip>
  );
}
