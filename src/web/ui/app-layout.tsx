import { LogoutOutlined, MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, ConfigProvider, Drawer, Dropdown, Flex, Layout, Menu, Typography, theme } from 'antd';
import type { MenuProps, ThemeConfig } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Locale } from '../../shared/contracts/platform/common.js';
import type { NavItem } from '../app/web-module.js';
import { DemoBadge } from './demo-badge.js';
import { LanguageSwitch } from './language-switch.js';
import { findSelectedKey } from './nav-selection.js';
import { BrandMark } from './brand-mark.js';
import { useIsMobile } from './use-is-mobile.js';

export type AppLayoutProps = {
  /** Items for the side menu, already filtered by role and sorted. */
  navItems: readonly NavItem[];
  /** Items for the user menu (e.g. profile). */
  userMenuItems: readonly NavItem[];
  userName: string;
  isDemo: boolean;
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  isLocaleSaving?: boolean;
  onLogout: () => void;
  /** Shown in the header before the language switch (e.g. the notifications bell). */
  headerExtra?: ReactNode;
  children: ReactNode;
};

/** On a phone every pixel of width counts: cards and table cells get tighter padding. */
const compactCards: ThemeConfig = {
  components: {
    Card: { bodyPadding: 12, headerPadding: 12 },
    Table: { cellPaddingInline: 8, cellPaddingInlineMD: 8 },
  },
};

/** Side menu + header shell; the side menu becomes a drawer below the `md` breakpoint. */
export function AppLayout(props: AppLayoutProps) {
  const { navItems, userMenuItems, userName, isDemo, locale, onLocaleChange, isLocaleSaving, onLogout, headerExtra, children } = props;
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const location = useLocation();
  const [isCollapsed, setIsCollapsed] = useState(false);
  const [isDrawerOpen, setIsDrawerOpen] = useState(false);
  const isMobile = useIsMobile();

  const selectedKey = findSelectedKey([...navItems, ...userMenuItems], location.pathname);
  const menuItems = useMemo<MenuProps['items']>(
    () =>
      navItems.map((item) => ({
        key: item.key,
        icon: item.icon,
        label: (
          <Link to={item.path} data-testid={`nav-${item.key}`} onClick={() => setIsDrawerOpen(false)}>
            {t(item.labelKey)}
          </Link>
        ),
      })),
    [navItems, t],
  );

  const userMenu: MenuProps['items'] = [
    ...userMenuItems.map((item) => ({
      key: item.key,
      icon: item.icon,
      label: (
        <Link to={item.path} data-testid={`nav-${item.key}`}>
          {t(item.labelKey)}
        </Link>
      ),
    })),
    { type: 'divider' as const },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      danger: true,
      label: <span data-testid="logout">{t('layout.logout')}</span>,
      onClick: onLogout,
    },
  ];

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selectedKey ? [selectedKey] : []}
      items={menuItems}
      style={{ borderInlineEnd: 'none' }}
      data-testid="side-menu"
    />
  );

  const brand = (isCompact: boolean) => (
    <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 10, color: 'inherit', minWidth: 0 }}>
      <BrandMark size={28} />
      {isCompact ? null : (
        <Typography.Text strong style={{ fontSize: 16, whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Typography.Text>
      )}
    </Link>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {isMobile ? (
        <Drawer
          placement="left"
          open={isDrawerOpen}
          onClose={() => setIsDrawerOpen(false)}
          size={260}
          title={brand(false)}
          styles={{ body: { padding: 8 } }}
        >
          {menu}
        </Drawer>
      ) : (
        <Layout.Sider
          theme="light"
          width={224}
          collapsible
          collapsed={isCollapsed}
          trigger={null}
          style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
        >
          <Flex align="center" style={{ height: 56, paddingInline: isCollapsed ? 24 : 20 }}>
            {brand(isCollapsed)}
          </Flex>
          {menu}
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            paddingInline: isMobile ? 8 : 16,
            height: 56,
            lineHeight: '56px',
            position: 'sticky',
            top: 0,
            zIndex: 10,
          }}
        >
          <Flex align="center" justify="space-between" gap={8} style={{ height: '100%' }}>
            <Flex align="center" gap={8} style={{ minWidth: 0 }}>
              {isMobile ? (
                <>
                  <Button
                    type="text"
                    icon={<MenuOutlined />}
                    aria-label={t('nav.menu')}
                    onClick={() => setIsDrawerOpen(true)}
                    data-testid="menu-burger"
                  />
                  {brand(false)}
                </>
              ) : (
                <Button
                  type="text"
                  icon={isCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                  aria-label={isCollapsed ? t('nav.expand') : t('nav.collapse')}
                  onClick={() => setIsCollapsed((value) => !value)}
                />
              )}
              {isDemo ? <DemoBadge /> : null}
            </Flex>
            <Flex align="center" gap={isMobile ? 0 : 8}>
              {headerExtra}
              <LanguageSwitch locale={locale} onChange={onLocaleChange} isCompact={isMobile} isLoading={isLocaleSaving} />
              <Dropdown menu={{ items: userMenu }} trigger={['click']} placement="bottomRight">
                <Button type="text" data-testid="user-menu" aria-label={userName} style={{ paddingInline: 8 }}>
                  <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: token.colorPrimary }} />
                  {isMobile ? null : <span style={{ maxWidth: 160, overflow: 'hidden', textOverflow: 'ellipsis' }}>{userName}</span>}
                </Button>
              </Dropdown>
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: isMobile ? 12 : 24, minWidth: 0 }}>
          {isMobile ? <ConfigProvider theme={compactCards}>{children}</ConfigProvider> : children}
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', padding: '12px 24px', color: token.colorTextTertiary }}>
          {t('layout.footer')}
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
