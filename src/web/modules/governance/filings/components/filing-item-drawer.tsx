import { App, Button, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  JUSTIFICATION_MIN_LENGTH,
  createFilingItemRequestSchema,
  filingKindSchema,
  updateFilingItemRequestSchema,
  type FilingItem,
  type FilingKind,
} from '../../../../../shared/contracts/governance/filings.js';
import type { AssignmentView } from '../../../../../shared/contracts/platform/auth.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { useIsMobile } from '../../../../ui/use-is-mobile.js';
import { applyProblemToForm, emptyToUndefined, useZodRule } from '../../../../ui/zod-rule.js';
import { useCreateFilingItem, useUpdateFilingItem } from '../api/filings.api.js';
import { ProgramPicker } from './program-picker.js';

type FormValues = {
  collegeId: string;
  programCode: string;
  kind: FilingKind;
  justification: string;
  details?: string;
  plannedPlaces?: number | null;
};

export type FilingItemDrawerProps = {
  isOpen: boolean;
  onClose: () => void;
  /** The enrollment year the item is filed for. */
  year: number;
  /** The colleges the user files for (their college-admin assignments). */
  colleges: readonly AssignmentView[];
  /** Editing an existing draft or returned item; creating when absent. */
  item?: FilingItem;
};

function collegeIdOf(scope: string): string {
  return scope.slice('college:'.length);
}

/** Drafts a new / adjusted / suspended / withdrawn offering, or edits one that is draft or returned. */
export function FilingItemDrawer({ isOpen, onClose, year, colleges, item }: FilingItemDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const zodRule = useZodRule();
  const [form] = Form.useForm<FormValues>();
  const kind = Form.useWatch('kind', form);
  const create = useCreateFilingItem();
  const update = useUpdateFilingItem();
  const mutation = item ? update : create;
  const shape = createFilingItemRequestSchema.shape;

  useEffect(() => {
    if (!isOpen) return;
    create.reset();
    update.reset();
    form.resetFields();
    if (item) {
      form.setFieldsValue({
        collegeId: item.collegeId,
        programCode: item.programCode,
        kind: item.kind,
        justification: item.justification,
        details: item.details ?? undefined,
        plannedPlaces: item.plannedPlaces,
      });
    } else if (colleges[0]) {
      form.setFieldsValue({ collegeId: collegeIdOf(colleges[0].scope), kind: 'new' });
    }
    // Reset only when the drawer opens or switches item, not on every render of the caller.
  }, [isOpen, item?.id]);

  const needsPlaces = kind === 'new' || kind === 'adjusted';

  const onFinish = (values: FormValues) => {
    const plannedPlaces = needsPlaces ? (values.plannedPlaces ?? undefined) : undefined;
    const onError = (error: Error) => applyProblemToForm(form, error);
    if (item) {
      const request = updateFilingItemRequestSchema.parse({
        kind: values.kind,
        justification: values.justification,
        details: emptyToUndefined(values.details) ?? null,
        plannedPlaces: plannedPlaces ?? null,
      });
      update.mutate(
        { id: item.id, request },
        {
          onSuccess: () => {
            message.success(t('filings.form.updated'));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    const request = createFilingItemRequestSchema.parse({
      collegeId: values.collegeId,
      year,
      programCode: values.programCode,
      kind: values.kind,
      justification: values.justification,
      details: emptyToUndefined(values.details),
      plannedPlaces,
    });
    create.mutate(request, {
      onSuccess: (created) => {
        message.success(t('filings.form.created', { program: `${created.programCode} ${created.programName}` }));
        onClose();
      },
      onError,
    });
  };

  return (
    <Drawer
      open={isOpen}
      onClose={onClose}
      title={item ? t('filings.form.editTitle') : t('filings.form.createTitle')}
      size={isMobile ? '100%' : 560}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button type="primary" loading={mutation.isPending} onClick={() => form.submit()} data-testid="filing-save">
            {t('filings.form.saveDraft')}
          </Button>
        </Space>
      }
    >
      {mutation.error ? <ErrorAlert error={mutation.error} hideFieldErrors /> : null}
      <Form<FormValues> form={form} layout="vertical" onFinish={onFinish} data-testid="filing-form">
        <Form.Item label={t('filings.form.year')}>
          <InputNumber value={year} disabled style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="collegeId" label={t('filings.form.college')} required rules={[zodRule(shape.collegeId)]}>
          <Select
            disabled={Boolean(item) || colleges.length < 2}
            options={colleges.map((college) => ({ value: collegeIdOf(college.scope), label: college.scopeLabel }))}
            data-testid="filing-college"
          />
        </Form.Item>
        <Form.Item name="kind" label={t('filings.form.kind')} required rules={[zodRule(shape.kind)]}>
          <Select
            options={filingKindSchema.options.map((value) => ({ value, label: t(`filings.kinds.${value}`) }))}
            data-testid="filing-kind"
          />
        </Form.Item>
        <Form.Item name="programCode" label={t('filings.form.program')} required rules={[zodRule(shape.programCode)]}>
          <ProgramPicker disabled={Boolean(item)} knownLabel={item ? `${item.programCode} · ${item.programName}` : undefined} testId="filing-program" />
        </Form.Item>
        {needsPlaces ? (
          <Form.Item name="plannedPlaces" label={t('filings.form.plannedPlaces')} rules={[zodRule(shape.plannedPlaces)]}>
            <InputNumber min={0} max={100000} precision={0} style={{ width: 160 }} data-testid="filing-places" />
          </Form.Item>
        ) : null}
        <Form.Item
          name="justification"
          label={t('filings.form.justification')}
          extra={t('filings.form.justificationHint', { min: JUSTIFICATION_MIN_LENGTH })}
          required
          rules={[zodRule(shape.justification)]}
        >
          <Input.TextArea rows={6} showCount maxLength={8000} data-testid="filing-justification" />
        </Form.Item>
        <Form.Item name="details" label={t('filings.form.details')} rules={[zodRule(shape.details)]}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="filing-details" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
