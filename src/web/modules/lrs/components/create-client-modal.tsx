import { Checkbox, Flex, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { createLrsClientRequestSchema, type CreatedLrsClient, type LrsPermission } from '../../../../shared/contracts/lrs/clients.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { applyProblemToForm, useZodRule } from '../../../ui/zod-rule.js';
import { useCreateLrsClient } from '../api/lrs-clients.api.js';
import { ClientScopeSelect } from './client-scope-select.js';

type CreateClientValues = { name: string; scope: string; permissions: LrsPermission[] };

const permissions: LrsPermission[] = ['write', 'read-own', 'read-all'];

export type CreateClientModalProps = {
  isOpen: boolean;
  onClose: () => void;
  onCreated: (client: CreatedLrsClient) => void;
};

export function CreateClientModal({ isOpen, onClose, onCreated }: CreateClientModalProps) {
  const { t } = useTranslation();
  const zodRule = useZodRule();
  const [form] = Form.useForm<CreateClientValues>();
  const create = useCreateLrsClient();

  const close = () => {
    form.resetFields();
    create.reset();
    onClose();
  };

  const onFinish = (values: CreateClientValues) => {
    create.mutate(createLrsClientRequestSchema.parse(values), {
      onSuccess: (client) => {
        form.resetFields();
        create.reset();
        onCreated(client);
      },
      onError: (error) => applyProblemToForm(form, error),
    });
  };

  return (
    <Modal
      open={isOpen}
      title={t('lrs.clients.form.title')}
      okText={t('lrs.clients.form.submit')}
      cancelText={t('actions.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={create.isPending}
      width={600}
      forceRender
    >
      {create.error ? <ErrorAlert error={create.error} hideFieldErrors /> : null}
      <Form<CreateClientValues> form={form} layout="vertical" onFinish={onFinish} initialValues={{ permissions: ['write'] }}>
        <Form.Item name="name" label={t('lrs.clients.form.name')} required rules={[zodRule(createLrsClientRequestSchema.shape.name)]}>
          <Input placeholder={t('lrs.clients.form.namePlaceholder')} maxLength={100} data-testid="lrs-client-name" />
        </Form.Item>
        <Form.Item
          name="scope"
          label={t('lrs.clients.form.scope')}
          extra={t('lrs.clients.form.scopeHint')}
          required
          rules={[zodRule(createLrsClientRequestSchema.shape.scope)]}
        >
          <ClientScopeSelect />
        </Form.Item>
        <Form.Item name="permissions" label={t('lrs.clients.form.permissions')} required rules={[zodRule(createLrsClientRequestSchema.shape.permissions)]}>
          <Checkbox.Group style={{ width: '100%' }}>
            <Flex vertical gap={6}>
              {permissions.map((permission) => (
                <Checkbox key={permission} value={permission} data-testid={`lrs-permission-${permission}`}>
                  {t(`lrs.clients.permissions.${permission}`)}
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                    {t(`lrs.clients.permissionHints.${permission}`)}
                  </Typography.Text>
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}
