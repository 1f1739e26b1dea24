import { App, Button, Card, Col, Descriptions, Form, Input, Radio, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { updateMeRequestSchema, type Me } from '../../../../shared/contracts/platform/auth.js';
import { localeSchema, type Locale } from '../../../../shared/contracts/platform/common.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { AssignmentTags } from '../../../ui/assignment-tag.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { PageHeader } from '../../../ui/page-header.js';
import { applyProblemToForm, useZodRule } from '../../../ui/zod-rule.js';
import { useMe, useUpdateMe } from '../api/auth.api.js';
import { ChangePasswordForm } from '../components/change-password-form.js';
import { useSwitchLocale } from '../hooks/use-switch-locale.js';

type DisplayNameValues = { displayName: string };

type AccountCardProps = { me: Me };

function AccountCard({ me }: AccountCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const zodRule = useZodRule();
  const updateMe = useUpdateMe();
  const [form] = Form.useForm<DisplayNameValues>();

  const onFinish = (values: DisplayNameValues) => {
    const request = updateMeRequestSchema.parse(values);
    updateMe.mutate(request, {
      onSuccess: () => message.success(t('auth.profile.saved')),
      onError: (error) => applyProblemToForm(form, error),
    });
  };

  return (
    <Card title={t('auth.profile.account')}>
      <Descriptions
        column={1}
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          { key: 'username', label: t('auth.profile.username'), children: <Typography.Text code>{me.username}</Typography.Text> },
          { key: 'email', label: t('auth.profile.email'), children: me.email ?? t('auth.profile.noEmail') },
          {
            key: 'roles',
            label: t('auth.profile.roles'),
            children: (
              <div>
                <AssignmentTags assignments={me.assignments} />
              </div>
            ),
          },
        ]}
      />
      {updateMe.error ? <ErrorAlert error={updateMe.error} hideFieldErrors /> : null}
      <Form<DisplayNameValues> form={form} layout="vertical" initialValues={{ displayName: me.displayName }} onFinish={onFinish}>
        <Form.Item
          name="displayName"
          label={t('auth.profile.displayName')}
          required
          rules={[zodRule(updateMeRequestSchema.shape.displayName.unwrap())]}
        >
          <Input maxLength={100} data-testid="profile-display-name" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={updateMe.isPending}>
          {t('actions.save')}
        </Button>
      </Form>
    </Card>
  );
}

function LanguageCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useCurrentLocale();
  const { switchLocale, isSwitching } = useSwitchLocale();

  const onChange = async (value: Locale) => {
    await switchLocale(value);
    message.success(t('auth.profile.languageSaved'));
  };

  return (
    <Card title={t('auth.profile.language')}>
      <Space orientation="vertical" size="middle">
        <Radio.Group
          value={locale}
          disabled={isSwitching}
          optionType="button"
          buttonStyle="solid"
          onChange={(event) => {
            const parsed = localeSchema.safeParse(event.target.value);
            if (parsed.success) void onChange(parsed.data);
          }}
          options={localeSchema.options.map((value) => ({ value, label: t(`locales.${value}`) }))}
          data-testid="profile-locale"
        />
        <Typography.Text type="secondary">{t('auth.profile.languageHelp')}</Typography.Text>
      </Space>
    </Card>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <>
      <PageHeader title={t('auth.profile.title')} subtitle={t('auth.profile.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <AccountCard me={me} />
            <LanguageCard />
          </Space>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('auth.profile.password')}>
            <ChangePasswordForm />
          </Card>
        </Col>
      </Row>
    </>
  );
}
