import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { changePasswordRequestSchema } from '../../../../shared/contracts/platform/auth.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { applyProblemToForm, useZodRule } from '../../../ui/zod-rule.js';
import { useChangePassword } from '../api/auth.api.js';

type ChangePasswordValues = {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
};

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const zodRule = useZodRule();
  const [form] = Form.useForm<ChangePasswordValues>();
  const changePassword = useChangePassword();
  const shape = changePasswordRequestSchema.shape;

  const onFinish = (values: ChangePasswordValues) => {
    const request = changePasswordRequestSchema.parse(values);
    changePassword.mutate(request, {
      onSuccess: () => {
        form.resetFields();
        message.success(t('auth.profile.passwordChanged'));
      },
      onError: (error) => applyProblemToForm(form, error),
    });
  };

  return (
    <Form<ChangePasswordValues> form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 420 }}>
      {changePassword.error ? <ErrorAlert error={changePassword.error} hideFieldErrors /> : null}
      <Form.Item name="currentPassword" label={t('auth.profile.currentPassword')} required rules={[zodRule(shape.currentPassword)]}>
        <Input.Password autoComplete="current-password" data-testid="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('auth.profile.newPassword')}
        extra={t('auth.profile.newPasswordHelp')}
        required
        rules={[zodRule(shape.newPassword)]}
      >
        <Input.Password autoComplete="new-password" data-testid="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('auth.profile.confirmPassword')}
        dependencies={['newPassword']}
        required
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              if (!value) throw new Error(t('validation.required'));
              if (value !== getFieldValue('newPassword')) throw new Error(t('validation.passwordsDiffer'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="confirm-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={changePassword.isPending} data-testid="change-password-submit">
        {t('auth.profile.changePassword')}
      </Button>
    </Form>
  );
}
