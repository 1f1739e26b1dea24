import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { loginRequestSchema, type LoginRequest } from '../../../../shared/contracts/platform/auth.js';
import { ApiError } from '../../../app/api-client.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { useMeta } from '../../../app/meta.api.js';
import { BrandMark } from '../../../ui/brand-mark.js';
import { DemoBadge } from '../../../ui/demo-badge.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { LanguageSwitch } from '../../../ui/language-switch.js';
import { useZodRule } from '../../../ui/zod-rule.js';
import { useLogin, useMe } from '../api/auth.api.js';
import { useSwitchLocale } from '../hooks/use-switch-locale.js';

/** Only same-site paths are followed after sign-in, never another origin. */
function safeNextPath(raw: string | null): string {
  // Browsers read a backslash as a slash, so `/\host` would be another origin too.
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\') || raw.startsWith('/login')) return '/';
  return raw;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const nextPath = safeNextPath(searchParams.get('next'));
  const { data: me } = useMe();
  const { data: meta } = useMeta();
  const login = useLogin();
  const { switchLocale, isSwitching } = useSwitchLocale();
  const zodRule = useZodRule();
  const [form] = Form.useForm<LoginRequest>();
  const isDemo = meta?.mode === 'demo';
  const locale = useCurrentLocale();

  if (me) return <Navigate to={nextPath} replace />;

  const onFinish = (values: LoginRequest) => {
    const request = loginRequestSchema.parse(values);
    login.mutate(request, { onSuccess: () => navigate(nextPath, { replace: true }) });
  };

  const isLocked = login.error instanceof ApiError && login.error.code === 'LOGIN_LOCKED';

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', padding: 16, background: `linear-gradient(160deg, ${token.colorPrimaryBg} 0%, ${token.colorBgLayout} 60%)` }}
    >
      <Flex justify="flex-end" style={{ width: '100%', maxWidth: 400, marginBottom: 8 }}>
        <LanguageSwitch locale={locale} onChange={(next) => void switchLocale(next)} isLoading={isSwitching} />
      </Flex>
      <Card style={{ width: '100%', maxWidth: 400 }} styles={{ body: { padding: 28 } }}>
        <Flex vertical align="center" gap={8} style={{ marginBottom: 20 }}>
          <BrandMark size={48} />
          <Flex align="center" gap={8}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('app.name')}
            </Typography.Title>
            {isDemo ? <DemoBadge /> : null}
          </Flex>
          <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
            {t('app.tagline')}
          </Typography.Text>
        </Flex>

        {isDemo ? (
          <Alert
            type="warning"
            showIcon
            title={t('auth.login.demoTitle')}
            description={t('auth.login.demoText')}
            style={{ marginBottom: 16 }}
            data-testid="demo-notice"
          />
        ) : null}

        {login.error ? (
          <ErrorAlert error={login.error} title={isLocked ? t('auth.login.locked') : t('auth.login.failed')} />
        ) : null}

        <Form<LoginRequest> form={form} layout="vertical" requiredMark={false} onFinish={onFinish} autoComplete="on">
          <Form.Item
            name="username"
            label={t('auth.login.username')}
            rules={[zodRule(loginRequestSchema.shape.username)]}
          >
            <Input
              prefix={<UserOutlined />}
              placeholder={t('auth.login.usernamePlaceholder')}
              autoComplete="username"
              autoCapitalize="none"
              autoFocus
              size="large"
              data-testid="login-username"
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.login.password')}
            rules={[zodRule(loginRequestSchema.shape.password)]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              placeholder={t('auth.login.passwordPlaceholder')}
              autoComplete="current-password"
              size="large"
              data-testid="login-password"
            />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            loading={login.isPending}
            data-testid="login-submit"
          >
            {t('auth.login.submit')}
          </Button>
        </Form>
      </Card>
      <Typography.Text type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
        {meta ? `${t('layout.footer')} · v${meta.version}` : t('layout.footer')}
      </Typography.Text>
    </Flex>
  );
}
