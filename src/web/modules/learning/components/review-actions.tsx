import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResourceAction } from '../api/learning.api.js';

export type ReviewActionsProps = { id: string };

/** Publish, or return with a reason (required). */
export function ReviewActions({ id }: ReviewActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const action = useResourceAction();
  const [isReturning, setIsReturning] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const publish = async () => {
    await action.mutateAsync({ id, kind: 'review', decision: { decision: 'publish' } });
    void message.success(t('learning.detail.published'));
  };
  const sendBack = async () => {
    const { reason } = await form.validateFields();
    await action.mutateAsync({ id, kind: 'review', decision: { decision: 'return', reason } });
    setIsReturning(false);
    void message.success(t('learning.detail.returned'));
  };
  return (
    <Space>
      <Button type="primary" loading={action.isPending} onClick={() => void publish()}>
        {t('learning.detail.publish')}
      </Button>
      <Button danger onClick={() => setIsReturning(true)}>
        {t('learning.detail.return')}
      </Button>
      <Modal open={isReturning} title={t('learning.detail.return')} onOk={() => void sendBack()} onCancel={() => setIsReturning(false)} confirmLoading={action.isPending}>
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t('learning.detail.returnReason')} rules={[{ required: true, whitespace: true, message: t('learning.detail.returnReasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
