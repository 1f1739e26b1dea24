import { LoginOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Flex, Layout, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Provenance } from '../../../../../shared/contracts/governance/dashboards.js';
import { changeLocale, useCurrentLocale } from '../../../../app/i18n/i18n.js';
import { useIsDemo } from '../../../../app/meta.api.js';
import { BrandMark } from '../../../../ui/brand-mark.js';
import { DemoBadge } from '../../../../ui/demo-badge.js';
import { LanguageSwitch } from '../../../../ui/language-switch.js';
import { useIsMobile } from '../../../../ui/use-is-mobile.js';
import { useCompareList } from '../model/compare-store.js';

export type PublicLayoutProps = {
  /** Provenance of the figures on the page: generated or sample data is announced above them. */
  provenance?: Provenance;
  children: ReactNode;
};

/** The public site's frame: no sign-in, a light header, the compare tray, and a provenance notice. */
export function PublicLayout({ provenance, children }: PublicLayoutProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const locale = useCurrentLocale();
  const isDemo = useIsDemo();
  const isMobile = useIsMobile();
  const { ids } = useCompareList();
  const notices = [provenance?.isGenerated ? t('publicInfo.generatedNotice') : null, provenance?.isSampleCatalog ? t('publicInfo.sampleCatalogNotice') : null].filter((text): text is string => text !== null);

  return (
    <Layout style={{ minHeight: '100vh', background: token.colorBgLayout }}>
      <Layout.Header style={{ background: token.colorBgContainer, borderBottom: `1px solid ${token.colorBorderSecondary}`, paddingInline: isMobile ? 8 : 24, height: 56, lineHeight: '56px' }}>
        <Flex align="center" justify="space-between" gap={8} style={{ height: '100%', maxWidth: 1200, margin: '0 auto' }}>
          <Link to="/public" style={{ display: 'flex', alignItems: 'center', gap: 8, color: 'inherit', minWidth: 0 }} data-testid="public-home-link">
            <BrandMark size={28} />
            <Typography.Text strong ellipsis style={{ fontSize: isMobile ? 14 : 16 }}>
              {t('publicInfo.siteName')}
            </Typography.Text>
          </Link>
          <Flex align="center" gap={isMobile ? 0 : 8} style={{ flex: 'none' }}>
            {isDemo ? <DemoBadge testId="public-demo-badge" /> : null}
            <Link to="/public/compare" data-testid="public-compare-link">
              <Badge count={ids.length} size="small" offset={[-4, 4]}>
                <Button type="text" icon={<SwapOutlined />} aria-label={t('publicInfo.compareNav', { count: ids.length })}>
                  {isMobile ? null : t('publicInfo.compareNav', { count: ids.length })}
                </Button>
              </Badge>
            </Link>
            <LanguageSwitch locale={locale} onChange={(next) => void changeLocale(next)} isCompact={isMobile} />
            {isMobile ? null : (
              <Link to="/login">
                <Button type="text" icon={<LoginOutlined />}>
                  {t('publicInfo.signIn')}
                </Button>
              </Link>
            )}
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: isMobile ? 12 : 24 }}>
        <div style={{ maxWidth: 1200, margin: '0 auto' }}>
          {notices.length > 0 ? <Alert type="warning" showIcon title={notices.join(' ')} style={{ marginBottom: 16 }} data-testid="public-provenance" /> : null}
          {children}
        </div>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', padding: '12px 24px', color: token.colorTextTertiary, fontSize: 12 }}>{t('publicInfo.footer')}</Layout.Footer>
    </Layout>
  );
}
