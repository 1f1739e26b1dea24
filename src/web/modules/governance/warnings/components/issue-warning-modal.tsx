import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MIN_LENGTH } from '../../../../../shared/contracts/governance/filings.js';
import { ruleActionSchema, severitySchema, type RuleAction, type Severity } from '../../../../../shared/contracts/governance/findings.js';
import { issueWarningRequestSchema } from '../../../../../shared/contracts/governance/warnings.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { applyProblemToForm, emptyToUndefined, useZodRule } from '../../../../ui/zod-rule.js';
import { ProgramPicker } from '../../filings/components/program-picker.js';
import { useIssueWarning } from '../api/warnings.api.js';
import { CollegeSelect } from './college-select.js';

type Values = { collegeId: string; programCode?: string; year: number; severity: Severity; action: RuleAction; reason: string };

export type IssueWarningModalProps = {
  isOpen: boolean;
  onClose: () => void;
  /** Opens the new warning. */
  onIssued: (warningId: string) => void;
};

/** A province or national administrator issues a warning by hand, with a reason. */
export function IssueWarningModal({ isOpen, onClose, onIssued }: IssueWarningModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const zodRule = useZodRule();
  const [form] = Form.useForm<Values>();
  const issue = useIssueWarning();
  const shape = issueWarningRequestSchema.shape;

  useEffect(() => {
    if (!isOpen) return;
    form.resetFields();
    issue.reset();
    // Only when the modal opens.
  }, [isOpen]);

  const onFinish = (values: Values) => {
    const request = issueWarningRequestSchema.parse({ ...values, programCode: emptyToUndefined(values.programCode) });
    issue.mutate(request, {
      onSuccess: (warning) => {
        message.success(t('warnings.forms.issued'));
        onClose();
        onIssued(warning.id);
      },
      onError: (error) => applyProblemToForm(form, error),
    });
  };

  return (
    <Modal
      open={isOpen}
      title={t('warnings.forms.issueTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('warnings.list.issue')}
      okButtonProps={{ loading: issue.isPending }}
      cancelText={t('actions.cancel')}
      destroyOnHidden
      width={600}
    >
      {issue.error ? <ErrorAlert error={issue.error} hideFieldErrors /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ year: new Date().getFullYear(), severity: 'yellow', action: 'review' }}
        data-testid="warning-issue-form"
      >
        <Form.Item name="collegeId" label={t('warnings.forms.collegeId')} required rules={[zodRule(shape.collegeId)]}>
          <CollegeSelect testId="warning-issue-college" />
        </Form.Item>
        <Form.Item name="programCode" label={t('warnings.forms.programCode')} rules={[zodRule(shape.programCode)]}>
          <ProgramPicker testId="warning-issue-program" />
        </Form.Item>
        <Form.Item name="year" label={t('warnings.forms.year')} required rules={[zodRule(shape.year)]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="severity" label={t('warnings.forms.severity')} required rules={[zodRule(shape.severity)]}>
          <Select options={severitySchema.options.map((value) => ({ value, label: t(`warnings.severities.${value}`) }))} data-testid="warning-issue-severity" />
        </Form.Item>
        <Form.Item name="action" label={t('warnings.forms.action')} required rules={[zodRule(shape.action)]}>
          <Select options={ruleActionSchema.options.map((value) => ({ value, label: t(`warnings.ruleActions.${value}`) }))} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('warnings.forms.issueReason')}
          extra={t('warnings.forms.reasonHint', { min: REASON_MIN_LENGTH })}
          required
          rules={[zodRule(shape.reason)]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="warning-issue-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
