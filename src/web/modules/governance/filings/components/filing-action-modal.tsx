import { App, Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  REASON_MIN_LENGTH,
  filingNoteRequestSchema,
  forwardFilingRequestSchema,
  rejectFilingRequestSchema,
  returnFilingRequestSchema,
  type FilingAction,
  type FilingActionRequest,
  type FilingItem,
} from '../../../../../shared/contracts/governance/filings.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { applyProblemToForm, emptyToUndefined, useZodRule } from '../../../../ui/zod-rule.js';
import { useFilingAction } from '../api/filings.api.js';

type Values = { reason?: string; regulatorOpinion?: string; note?: string };

export type FilingActionModalProps = {
  item: FilingItem;
  /** The step to take; the modal is closed when null. */
  action: FilingAction | null;
  onClose: () => void;
};

/** What each step asks for: a reason (return, reject), the regulator's opinion (forward), or an optional note. */
const needs: Record<FilingAction, 'reason' | 'opinion' | 'note'> = {
  internal_review: 'note',
  submit: 'note',
  return: 'reason',
  record: 'note',
  forward: 'opinion',
  approve: 'note',
  reject: 'reason',
};

function useTitle(item: FilingItem, action: FilingAction): { title: string; text?: string } {
  const { t } = useTranslation();
  switch (action) {
    case 'internal_review':
      return { title: t('filings.review.internalReviewTitle') };
    case 'submit':
      return { title: t('filings.review.submitTitle'), text: t('filings.review.submitText') };
    case 'return':
      return { title: t('filings.review.returnTitle') };
    case 'record':
      return { title: t('filings.review.recordTitle'), text: t('filings.review.recordText', { year: item.year }) };
    case 'forward':
      return { title: t('filings.review.forwardTitle') };
    case 'approve':
      return { title: t('filings.review.approveTitle') };
    case 'reject':
      return { title: t('filings.review.rejectTitle') };
  }
}

function toRequest(action: FilingAction, values: Values): FilingActionRequest {
  const note = emptyToUndefined(values.note);
  switch (needs[action]) {
    case 'reason':
      return (action === 'reject' ? rejectFilingRequestSchema : returnFilingRequestSchema).parse({ reason: values.reason });
    case 'opinion':
      return forwardFilingRequestSchema.parse({ regulatorOpinion: values.regulatorOpinion, note });
    case 'note':
      return filingNoteRequestSchema.parse({ note });
  }
}

function ActionForm({ item, action }: { item: FilingItem; action: FilingAction }) {
  const { t } = useTranslation();
  const zodRule = useZodRule();
  const { text } = useTitle(item, action);
  const kind = needs[action];
  return (
    <>
      <Typography.Paragraph>
        <Typography.Text strong>
          {item.programCode} · {item.programName}
        </Typography.Text>{' '}
        — {t(`filings.kinds.${item.kind}`)}
      </Typography.Paragraph>
      {text ? <Typography.Paragraph type="secondary">{text}</Typography.Paragraph> : null}
      {kind === 'reason' ? (
        <Form.Item
          name="reason"
          label={action === 'return' ? t('filings.review.returnReason') : t('filings.review.rejectReason')}
          extra={t('filings.review.reasonHint', { min: REASON_MIN_LENGTH })}
          required
          rules={[zodRule(returnFilingRequestSchema.shape.reason)]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="filing-reason" />
        </Form.Item>
      ) : null}
      {kind === 'opinion' ? (
        <Form.Item
          name="regulatorOpinion"
          label={t('filings.review.regulatorOpinion')}
          required
          rules={[zodRule(forwardFilingRequestSchema.shape.regulatorOpinion)]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="filing-opinion" />
        </Form.Item>
      ) : null}
      {kind !== 'reason' ? (
        <Form.Item name="note" label={t('filings.review.note')} rules={[zodRule(filingNoteRequestSchema.shape.note)]}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="filing-note" />
        </Form.Item>
      ) : null}
    </>
  );
}

/** Confirms one workflow step and asks for what it needs; the server decides whether it is allowed. */
export function FilingActionModal({ item, action, onClose }: FilingActionModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useFilingAction();

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
      { id: item.id, action, request: toRequest(action, values) },
      {
        onSuccess: (next) => {
          message.success(t('filings.review.done', { action: t(`filings.actionLabels.${action}`), program: `${next.programCode} ${next.programName}` }));
          onClose();
        },
        onError: (error) => applyProblemToForm(form, error),
      },
    );
  };

  return (
    <Modal
      open={action !== null}
      title={action ? <TitleText item={item} action={action} /> : null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={action ? t(`filings.actionLabels.${action}`) : undefined}
      okButtonProps={{ danger: action === 'return' || action === 'reject', loading: mutation.isPending, ...{ 'data-testid': 'filing-action-confirm' } }}
      cancelText={t('actions.cancel')}
      destroyOnHidden
    >
      {mutation.error ? <ErrorAlert error={mutation.error} hideFieldErrors /> : null}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} data-testid="filing-action-form">
        {action ? <ActionForm item={item} action={action} /> : null}
      </Form>
    </Modal>
  );
}

function TitleText({ item, action }: { item: FilingItem; action: FilingAction }) {
  return <>{useTitle(item, action).title}</>;
}
