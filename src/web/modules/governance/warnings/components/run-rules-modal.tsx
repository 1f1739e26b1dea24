import { Alert, Descriptions, Form, InputNumber, Modal, Select, Tag } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { severitySchema } from '../../../../../shared/contracts/governance/findings.js';
import { startRuleRunRequestSchema, type RuleRun } from '../../../../../shared/contracts/governance/rule-runs.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { useZodRule } from '../../../../ui/zod-rule.js';
import type { GovernanceDesks } from '../../filings/hooks/use-governance-roles.js';
import { useLatestRuleRuns, useStartRuleRun } from '../api/rule-runs.api.js';

type Values = { scope: string; year: number };

export type RunRulesModalProps = {
  isOpen: boolean;
  onClose: () => void;
  desks: GovernanceDesks;
};

/** The scopes the caller may run rules over: the nation (national admins) and each province they administer. */
function scopeOptions(desks: GovernanceDesks, nationalLabel: string) {
  return [
    ...(desks.isNationalAdmin ? [{ value: 'national', label: nationalLabel }] : []),
    ...desks.province.map((assignment) => ({ value: assignment.scope, label: assignment.scopeLabel })),
  ];
}

function RunResult({ run }: { run: RuleRun }) {
  const { t } = useTranslation();
  return (
    <Alert
      type={run.status === 'failed' ? 'error' : 'success'}
      showIcon
      title={t('warnings.runs.finished', { findings: run.findings, warnings: run.warningsIssued ?? 0 })}
      description={
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'offerings', label: t('warnings.runs.offerings'), children: run.offerings },
            {
              key: 'severity',
              label: t('warnings.runs.bySeverity'),
              children: severitySchema.options.map((severity) => (
                <Tag key={severity}>
                  {t(`warnings.severities.${severity}`)} {run.bySeverity[severity] ?? 0}
                </Tag>
              )),
            },
            { key: 'insufficient', label: t('warnings.runs.insufficient'), children: run.insufficient },
            { key: 'packs', label: t('warnings.runs.packs'), children: run.packs.filter((pack) => pack.status === 'evaluated').map((pack) => `${pack.packId} ${pack.label}`).join('、') || '—' },
            ...(run.error ? [{ key: 'error', label: t('errors.title'), children: run.error }] : []),
          ]}
        />
      }
      data-testid="rule-run-result"
    />
  );
}

/** Evaluates the rule packs in force over a scope and a year; the findings become warnings. */
export function RunRulesModal({ isOpen, onClose, desks }: RunRulesModalProps) {
  const { t } = useTranslation();
  const zodRule = useZodRule();
  const [form] = Form.useForm<Values>();
  const start = useStartRuleRun();
  const latest = useLatestRuleRuns(isOpen);
  const options = scopeOptions(desks, t('scopeKinds.national'));

  useEffect(() => {
    if (!isOpen) return;
    start.reset();
    form.setFieldsValue({ scope: options[0]?.value, year: new Date().getFullYear() - 1 });
    // Only when the modal opens: a finished run's result stays until it is closed.
  }, [isOpen]);

  // The year of the newest run is the better default, once it has loaded (unless the user chose one).
  const latestYear = latest.data?.[0]?.year;
  useEffect(() => {
    if (isOpen && !start.data && latestYear !== undefined && !form.isFieldTouched('year')) form.setFieldsValue({ year: latestYear });
  }, [isOpen, latestYear, form, start.data]);

  return (
    <Modal
      open={isOpen}
      title={t('warnings.runs.title')}
      onCancel={onClose}
      onOk={() => (start.data ? onClose() : form.submit())}
      okText={start.data ? t('actions.close') : t('warnings.runs.start')}
      okButtonProps={{ loading: start.isPending }}
      cancelButtonProps={{ style: start.data ? { display: 'none' } : undefined }}
      cancelText={t('actions.cancel')}
      destroyOnHidden
    >
      {start.error ? <ErrorAlert error={start.error} /> : null}
      {start.data ? (
        <RunResult run={start.data} />
      ) : (
        <Form<Values> form={form} layout="vertical" onFinish={(values) => start.mutate(startRuleRunRequestSchema.parse(values))} data-testid="rule-run-form">
          <Alert type="info" showIcon title={t('warnings.runs.hint')} style={{ marginBottom: 16 }} />
          <Form.Item name="scope" label={t('warnings.runs.scope')} required rules={[zodRule(startRuleRunRequestSchema.shape.scope)]}>
            <Select options={options} data-testid="rule-run-scope" />
          </Form.Item>
          <Form.Item name="year" label={t('warnings.runs.year')} required rules={[zodRule(startRuleRunRequestSchema.shape.year)]}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: 120 }} data-testid="rule-run-year" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
