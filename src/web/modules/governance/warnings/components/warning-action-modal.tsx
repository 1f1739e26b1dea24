import { App, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MIN_LENGTH } from '../../../../../shared/contracts/governance/filings.js';
import {
  acceptWarningRequestSchema,
  closeWarningRequestSchema,
  escalateWarningRequestSchema,
  respondWarningRequestSchema,
  type Warning,
  type WarningAction,
  type WarningActionRequest,
} from '../../../../../shared/contracts/governance/warnings.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { applyProblemToForm, emptyToUndefined, useZodRule } from '../../../../ui/zod-rule.js';
import { useWarningAction } from '../api/warnings.api.js';

type Values = { plan?: string; dueDate?: string; note?: string; reason?: string };

export type WarningActionModalProps = {
  warning: Warning;
  action: WarningAction | null;
  onClose: () => void;
};

function toRequest(action: WarningAction, values: Values): WarningActionRequest {
  switch (action) {
    case 'respond':
      return respondWarningRequestSchema.parse({ plan: values.plan, dueDate: values.dueDate });
    case 'accept':
      return acceptWarningRequestSchema.parse({ note: emptyToUndefined(values.note) });
    case 'escalate':
      return escalateWarningRequestSchema.parse({ reason: values.reason });
    case 'close':
      return closeWarningRequestSchema.parse({ reason: values.reason });
  }
}

function ActionFields({ action }: { action: WarningAction }) {
  const { t } = useTranslation();
  const zodRule = useZodRule();
  if (action === 'respond') {
    return (
      <>
        <Form.Item name="plan" label={t('warnings.forms.plan')} extra={t('warnings.forms.planHint')} required rules={[zodRule(respondWarningRequestSchema.shape.plan)]}>
          <Input.TextArea rows={6} maxLength={8000} showCount data-testid="warning-plan" />
        </Form.Item>
        <Form.Item name="dueDate" label={t('warnings.forms.dueDate')} required rules={[zodRule(respondWarningRequestSchema.shape.dueDate)]}>
          <Input type="date" style={{ width: 200 }} data-testid="warning-due-date" />
        </Form.Item>
      </>
    );
  }
  if (action === 'accept') {
    return (
      <Form.Item name="note" label={t('warnings.forms.note')} rules={[zodRule(acceptWarningRequestSchema.shape.note)]}>
        <Input.TextArea rows={3} maxLength={2000} data-testid="warning-note" />
      </Form.Item>
    );
  }
  return (
    <Form.Item
      name="reason"
      label={t('warnings.forms.reason')}
      extra={t('warnings.forms.reasonHint', { min: REASON_MIN_LENGTH })}
      required
      rules={[zodRule(escalateWarningRequestSchema.shape.reason)]}
    >
      <Input.TextArea rows={4} maxLength={2000} showCount data-testid="warning-reason" />
    </Form.Item>
  );
}

const titleKeys = {
  respond: 'warnings.forms.respondTitle',
  accept: 'warnings.forms.acceptTitle',
  escalate: 'warnings.forms.escalateTitle',
  close: 'warnings.forms.closeTitle',
} as const;

/** One step of a warning's lifecycle; the server decides whether the caller may take it. */
export function WarningActionModal({ warning, action, onClose }: WarningActionModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useWarningAction();

  useEffect(() => {
    if (action) {
      form.resetFields();
      mutation.reset();
    }
    // Only when a new step is asked for.
  }, [action]);

  const onFinish = (values: Values) => {
    if (!action) return;
    mutation.mutate(
      { id: warning.id, action, request: toRequest(action, values) },
      {
        onSuccess: () => {
          message.success(t('warnings.forms.done', { action: t(`warnings.actionLabels.${action}`) }));
          onClose();
        },
        onError: (error) => applyProblemToForm(form, error),
      },
    );
  };

  return (
    <Modal
      open={action !== null}
      title={action ? t(titleKeys[action]) : null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={action ? t(`warnings.actionLabels.${action}`) : undefined}
      okButtonProps={{ loading: mutation.isPending }}
      cancelText={t('actions.cancel')}
      destroyOnHidden
    >
      {mutation.error ? <ErrorAlert error={mutation.error} hideFieldErrors /> : null}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} data-testid="warning-action-form">
        {action ? <ActionFields action={action} /> : null}
      </Form>
    </Modal>
  );
}
