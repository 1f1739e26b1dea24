import { Alert, Card, Col, Descriptions, Flex, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Warning } from '../../../../../shared/contracts/governance/warnings.js';
import { useCurrentLocale } from '../../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { formatDateTime } from '../../../../ui/format.js';
import { PageHeader } from '../../../../ui/page-header.js';
import { useWarning } from '../api/warnings.api.js';
import { FactsTable } from '../components/facts-table.js';
import { WarningActions } from '../components/warning-actions.js';
import { WarningTimeline } from '../components/warning-timeline.js';
import { SeverityTag, WarningStatusTag } from '../components/warning-tags.js';

function multiline(value: string | null) {
  return value ? <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{value}</Typography.Paragraph> : '—';
}

function RuleCard({ warning }: { warning: Warning }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const rule =
    warning.source === 'rule' && warning.ruleId
      ? t('warnings.detail.pack', { pack: warning.packId ?? '—', version: warning.packVersion ?? '—', rule: warning.ruleId })
      : t('warnings.detail.manual');
  return (
    <Card title={t('warnings.detail.rule')} data-testid="warning-rule">
      <Alert
        type={warning.severity === 'red' ? 'error' : warning.severity === 'yellow' ? 'warning' : 'info'}
        showIcon
        title={t('warnings.detail.summary')}
        description={<span data-testid="warning-summary">{warning.summary[locale]}</span>}
        style={{ marginBottom: 16 }}
      />
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        items={[
          { key: 'rule', label: t('warnings.detail.rule'), children: rule, span: 'filled' },
          { key: 'source', label: t('warnings.columns.subject'), children: t(`warnings.subjects.${warning.subjectKind}`) },
          { key: 'year', label: t('warnings.columns.year'), children: warning.year },
          { key: 'province', label: t('warnings.detail.province'), children: warning.provinceCode },
          { key: 'college', label: t('warnings.detail.college'), children: warning.collegeId ? `${warning.collegeName?.[locale] ?? warning.collegeId} (${warning.collegeId})` : '—' },
          { key: 'program', label: t('warnings.detail.program'), children: warning.programCode ?? '—' },
          { key: 'region', label: t('warnings.detail.region'), children: warning.regionCode ?? '—' },
          { key: 'action', label: t('warnings.columns.action'), children: t(`warnings.ruleActions.${warning.action}`) },
          { key: 'issuedAt', label: t('warnings.columns.issuedAt'), children: formatDateTime(warning.issuedAt, locale) },
          ...(warning.runId ? [{ key: 'run', label: t('warnings.sources.rule'), children: t('warnings.detail.run', { run: warning.runId }) }] : []),
          ...(warning.reason ? [{ key: 'reason', label: t('warnings.detail.reason'), children: multiline(warning.reason), span: 'filled' as const }] : []),
        ]}
      />
    </Card>
  );
}

function ResponseCard({ warning }: { warning: Warning }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  return (
    <Card title={t('warnings.detail.plan')} data-testid="warning-response">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'plan', label: t('warnings.detail.plan'), children: multiline(warning.responsePlan) },
          { key: 'due', label: t('warnings.detail.dueDate'), children: warning.responseDueDate ?? '—' },
          { key: 'respondedAt', label: t('warnings.detail.respondedAt'), children: formatDateTime(warning.respondedAt, locale) },
          { key: 'note', label: t('warnings.detail.lastNote'), children: multiline(warning.lastNote) },
        ]}
      />
      <Flex style={{ marginTop: 16 }}>
        {warning.availableActions.length > 0 ? (
          <WarningActions warning={warning} />
        ) : (
          <Typography.Text type="secondary">{t('warnings.detail.noActions')}</Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

/** One warning: the rule, the numbers and years that triggered it, the college's plan and every step taken. */
export function WarningPage() {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const { id = '' } = useParams();
  const warning = useWarning(id);
  if (warning.error) return <ErrorAlert error={warning.error} onRetry={() => void warning.refetch()} />;
  if (!warning.data) return <Skeleton active />;
  const data = warning.data;
  return (
    <>
      <PageHeader
        backTo="/warnings"
        title={`${t('warnings.detail.title')} · ${data.programCode ?? data.collegeId ?? data.provinceCode} · ${data.year}`}
        subtitle={
          <Space size={4} wrap>
            <SeverityTag severity={data.severity} />
            <WarningStatusTag status={data.status} />
            <Tag>{t(`warnings.sources.${data.source}`)}</Tag>
            {data.closedAt ? <Typography.Text type="secondary">{formatDateTime(data.closedAt, locale)}</Typography.Text> : null}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <RuleCard warning={data} />
            <Card title={t('warnings.detail.facts')}>
              <Typography.Paragraph type="secondary">{t('warnings.detail.factsHint')}</Typography.Paragraph>
              <FactsTable facts={data.facts} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <ResponseCard warning={data} />
            <Card title={t('warnings.detail.timeline')}>
              <WarningTimeline warningId={data.id} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </>
  );
}
