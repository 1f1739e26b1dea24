import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { resetPasswordRequestSchema } from '../../../../shared/contracts/platform/users.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { applyProblemToForm, useZodRule } from '../../../ui/zod-rule.js';
import { useResetPassword } from '../api/users.api.js';

export type ResetPasswordTarget = { id: string; displayName: string };

export type ResetPasswordModalProps = {
  /** The user whose password is reset; `null` keeps the modal closed. */
  user: ResetPasswordTarget | null;
  onClose: () => void;
};

type ResetPasswordValues = { password: string; confirm: string };

export function ResetPasswordModal({ user, onClose }: ResetPasswordModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const zodRule = useZodRule();
  const [form] = Form.useForm<ResetPasswordValues>();
  const resetPassword = useResetPassword();

  const close = () => {
    form.resetFields();
    resetPassword.reset();
    onClose();
  };

  const onFinish = (values: ResetPasswordValues) => {
    if (!user) return;
    const request = resetPasswordRequestSchema.parse({ password: values.password });
    resetPassword.mutate(
      { id: user.id, request },
      {
        onSuccess: () => {
          message.success(t('identity.resetPassword.done', { name: user.displayName }));
          close();
        },
        onError: (error) => applyProblemToForm(form, error),
      },
    );
  };

  return (
    <Modal
      open={user !== null}
      title={user ? t('identity.resetPassword.title', { name: user.displayName }) : null}
      okText={t('identity.resetPassword.submit')}
      cancelText={t('actions.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={resetPassword.isPending}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('identity.resetPassword.help')}</Typography.Paragraph>
      {resetPassword.error ? <ErrorAlert error={resetPassword.error} hideFieldErrors /> : null}
      <Form<ResetPasswordValues> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="password"
          label={t('identity.resetPassword.password')}
          extra={t('auth.profile.newPasswordHelp')}
          required
          rules={[zodRule(resetPasswordRequestSchema.shape.password)]}
        >
          <Input.Password autoComplete="new-password" data-testid="reset-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('identity.resetPassword.confirm')}
          dependencies={['password']}
          required
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_rule, value: unknown) => {
                if (!value) throw new Error(t('validation.required'));
                if (value !== getFieldValue('password')) throw new Error(t('validation.passwordsDiffer'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="reset-password-confirm" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
