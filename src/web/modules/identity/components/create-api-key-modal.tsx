import { DatePicker, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoleAssignment } from '../../../../shared/contracts/platform/roles.js';
import { createApiKeyRequestSchema, type CreatedApiKey } from '../../../../shared/contracts/platform/users.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { applyProblemToForm, useZodRule } from '../../../ui/zod-rule.js';
import { useCreateApiKey } from '../api/api-keys.api.js';
import { AssignmentsEditor } from './assignments-editor.js';

/** The picker hands back a Dayjs object; all we need from it is the instant. */
type PickedDate = { toISOString: () => string };

type CreateApiKeyValues = {
  name: string;
  assignments: RoleAssignment[];
  expiresAt?: PickedDate | null;
};

export type CreateApiKeyModalProps = {
  isOpen: boolean;
  onClose: () => void;
  onCreated: (key: CreatedApiKey) => void;
};

export function CreateApiKeyModal({ isOpen, onClose, onCreated }: CreateApiKeyModalProps) {
  const { t } = useTranslation();
  const zodRule = useZodRule();
  const [form] = Form.useForm<CreateApiKeyValues>();
  const createApiKey = useCreateApiKey();

  const close = () => {
    form.resetFields();
    createApiKey.reset();
    onClose();
  };

  const onFinish = (values: CreateApiKeyValues) => {
    const request = createApiKeyRequestSchema.parse({
      name: values.name,
      assignments: values.assignments,
      expiresAt: values.expiresAt ? values.expiresAt.toISOString() : undefined,
    });
    createApiKey.mutate(request, {
      onSuccess: (key) => {
        form.resetFields();
        createApiKey.reset();
        onCreated(key);
      },
      onError: (error) => applyProblemToForm(form, error),
    });
  };

  return (
    <Modal
      open={isOpen}
      title={t('identity.apiKeys.form.title')}
      okText={t('identity.apiKeys.form.submit')}
      cancelText={t('actions.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={createApiKey.isPending}
      width={640}
      forceRender
    >
      {createApiKey.error ? <ErrorAlert error={createApiKey.error} hideFieldErrors /> : null}
      <Form<CreateApiKeyValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ assignments: [{ role: undefined, scope: undefined }] }}
      >
        <Form.Item
          name="name"
          label={t('identity.apiKeys.form.name')}
          required
          rules={[zodRule(createApiKeyRequestSchema.shape.name)]}
        >
          <Input placeholder={t('identity.apiKeys.form.namePlaceholder')} maxLength={100} data-testid="api-key-name" />
        </Form.Item>
        <Form.Item label={t('identity.userForm.assignments')} required>
          <AssignmentsEditor />
        </Form.Item>
        <Form.Item name="expiresAt" label={t('identity.apiKeys.form.expiresAt')}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(date) => date.isBefore(new Date(), 'day')}
            style={{ width: '100%', maxWidth: 280 }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
