import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useRouteError } from 'react-router';
import { ErrorAlert } from '../ui/error-alert.js';

export function ForbiddenPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t('layout.forbiddenTitle')}
      subTitle={t('layout.forbiddenText')}
      extra={<Button onClick={() => navigate('/')}>{t('layout.backHome')}</Button>}
      data-testid="forbidden"
    />
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('layout.notFoundTitle')}
      subTitle={t('layout.notFoundText')}
      extra={<Button onClick={() => navigate('/')}>{t('layout.backHome')}</Button>}
      data-testid="not-found"
    />
  );
}

/** Shown when a route throws, e.g. a page chunk failed to load after a redeploy. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <div style={{ padding: 24, maxWidth: 720, margin: '0 auto' }}>
      <ErrorAlert error={error} onRetry={() => window.location.reload()} />
      <Button href="/">{t('layout.backHome')}</Button>
    </div>
  );
}
