import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import type { ThemeConfig } from 'antd';
// The es/ paths, not antd/locale/…: Vite 8 silently ignores the CommonJS locale files (ARCHITECTURE.md, Known traps).
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useMemo, type ReactNode } from 'react';
import { usePrefersReducedMotion } from '../ui/use-prefers-reduced-motion.js';
import { useCurrentLocale } from './i18n/i18n.js';

const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fbf',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff' },
  },
};

export type ProvidersProps = {
  queryClient: QueryClient;
  children: ReactNode;
};

export function Providers({ queryClient, children }: ProvidersProps) {
  const locale = useCurrentLocale();
  const reducedMotion = usePrefersReducedMotion();
  const theme = useMemo<ThemeConfig>(() => (reducedMotion ? { ...appTheme, token: { ...appTheme.token, motion: false } } : appTheme), [reducedMotion]);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={locale === 'zh-CN' ? zhCN : enUS} theme={theme}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
