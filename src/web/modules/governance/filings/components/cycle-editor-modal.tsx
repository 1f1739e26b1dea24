import { App, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { createFilingCycleRequestSchema, type FilingCycle } from '../../../../../shared/contracts/governance/filings.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { applyProblemToForm } from '../../../../ui/zod-rule.js';
import { useSaveFilingCycle } from '../api/filings.api.js';

const deadlineNames = ['collegeFilingClosesAt', 'controlledApplicationsCloseAt', 'provinceReviewClosesAt', 'resultsPublishFrom', 'resultsPublishUntil'] as const;
type DeadlineName = (typeof deadlineNames)[number];
type Values = { year: number } & Partial<Record<DeadlineName, string>>;

/** `2026-11-01T16:00:00.000Z` → the `datetime-local` value in the browser's time zone. */
function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** A `datetime-local` value (browser time zone) → an ISO instant; empty means "use the default". */
function toInstant(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export type CycleEditorModalProps = {
  isOpen: boolean;
  onClose: () => void;
  /** Editing this cycle's deadlines; creating a cycle when absent. */
  cycle?: FilingCycle;
  suggestedYear: number;
  onSaved: (year: number) => void;
};

/** National administrators open an enrollment year's cycle or move its deadlines (empty fields take the defaults). */
export function CycleEditorModal({ isOpen, onClose, cycle, suggestedYear, onSaved }: CycleEditorModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveFilingCycle();

  useEffect(() => {
    if (!isOpen) return;
    save.reset();
    form.resetFields();
    const values: Values = { year: cycle?.year ?? suggestedYear };
    if (cycle) for (const name of deadlineNames) values[name] = toLocalInput(cycle[name]);
    form.setFieldsValue(values);
    // Only when the modal opens.
  }, [isOpen]);

  const onFinish = (values: Values) => {
    const deadlines = Object.fromEntries(deadlineNames.map((name) => [name, toInstant(values[name])]).filter(([, value]) => value !== undefined));
    const request = createFilingCycleRequestSchema.parse({ year: values.year, ...deadlines });
    const { year, ...update } = request;
    save.mutate(cycle ? { year, update } : { year, create: request }, {
      onSuccess: (saved) => {
        message.success(t('filings.cycle.saved', { year: saved.year }));
        onClose();
        onSaved(saved.year);
      },
      onError: (error) => applyProblemToForm(form, error),
    });
  };

  return (
    <Modal
      open={isOpen}
      title={cycle ? t('filings.cycle.editTitle', { year: cycle.year }) : t('filings.cycle.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('actions.save')}
      okButtonProps={{ loading: save.isPending }}
      cancelText={t('actions.cancel')}
      destroyOnHidden
    >
      {save.error ? <ErrorAlert error={save.error} hideFieldErrors /> : null}
      <Typography.Paragraph type="secondary">{t('filings.cycle.defaultsHint')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} data-testid="cycle-form">
        <Form.Item name="year" label={t('filings.cycle.label')} required>
          <InputNumber min={2000} max={2100} precision={0} disabled={Boolean(cycle)} style={{ width: 140 }} data-testid="cycle-year" />
        </Form.Item>
        {deadlineNames.map((name) => (
          <Form.Item key={name} name={name} label={t(`filings.cycle.fields.${name}`)}>
            <Input type="datetime-local" style={{ width: 240 }} data-testid={`cycle-${name}`} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
