import { App as AntApp, Flex, Spin } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useMatches, useNavigate } from 'react-router';
import { AppLayout } from '../ui/app-layout.js';
import { ErrorAlert } from '../ui/error-alert.js';
import { useLogout, useMe, useSwitchLocale } from '../modules/auth/index.js';
import { NotificationsBell } from '../modules/governance/notifications/index.js';
import { changeLocale, readStoredLocale, useCurrentLocale } from './i18n/i18n.js';
import { useIsDemo } from './meta.api.js';
import { useVisibleNav } from './nav.js';
import { VisibleNavContext } from './nav-context.js';
import { ForbiddenPage } from './status-pages.js';
import { canAccess, type Audience } from './web-module.js';

/** What router `handle`s carry: who may open the route. */
export type RouteHandle = { roles?: Audience };

function isRouteHandle(value: unknown): value is RouteHandle {
  return typeof value === 'object' && value !== null && 'roles' in value;
}

export function FullPageSpinner() {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" description={t('app.loading')} />
    </Flex>
  );
}

/**
 * The signed-in part of the app: sends visitors without a session to /login
 * (keeping where they wanted to go), checks the route's roles, and wraps the
 * page in the layout.
 */
export function AppShell() {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const matches = useMatches();
  const nav = useVisibleNav();
  const isDemo = useIsDemo();
  const locale = useCurrentLocale();
  const { switchLocale, isSwitching } = useSwitchLocale();
  const logout = useLogout();
  const { message } = AntApp.useApp();
  const { t } = useTranslation();
  const adoptedFor = useRef<string | null>(null);

  // Without an explicit choice on this device, follow the language saved in the account.
  useEffect(() => {
    if (!me || adoptedFor.current === me.id) return;
    adoptedFor.current = me.id;
    if (readStoredLocale() === null && me.locale !== locale) void changeLocale(me.locale, false);
  }, [me, locale]);

  if (isPending) return <FullPageSpinner />;
  if (error) {
    return (
      <div style={{ padding: 24 }}>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    const target = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }

  const deepestHandle = matches
    .map((match) => match.handle)
    .filter(isRouteHandle)
    .at(-1);
  const isAllowed = !deepestHandle?.roles || canAccess(deepestHandle.roles, nav.heldRoles);

  const onLogout = () => {
    logout.mutate(undefined, {
      onSettled: () => {
        message.success(t('layout.loggedOut'));
        navigate('/login', { replace: true });
      },
    });
  };

  return (
    <AppLayout
      navItems={nav.main}
      userMenuItems={nav.user}
      userName={me.displayName}
      isDemo={isDemo}
      locale={locale}
      onLocaleChange={(next) => void switchLocale(next)}
      isLocaleSaving={isSwitching}
      onLogout={onLogout}
      headerExtra={<NotificationsBell />}
    >
      <VisibleNavContext.Provider value={nav}>{isAllowed ? <Outlet /> : <ForbiddenPage />}</VisibleNavContext.Provider>
    </AppLayout>
  );
}
