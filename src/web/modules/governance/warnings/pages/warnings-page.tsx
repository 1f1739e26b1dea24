import { PlayCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { severitySchema, type Severity } from '../../../../../shared/contracts/governance/findings.js';
import { warningStatuses, type Warning, type WarningStatus } from '../../../../../shared/contracts/governance/warnings.js';
import { useCurrentLocale } from '../../../../app/i18n/i18n.js';
import { CursorPager } from '../../../../ui/cursor-pager.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { formatDateTime } from '../../../../ui/format.js';
import { PageHeader } from '../../../../ui/page-header.js';
import { useCursorPaging } from '../../../../ui/use-cursor-paging.js';
import { useGovernanceDesks } from '../../filings/hooks/use-governance-roles.js';
import { useWarnings } from '../api/warnings.api.js';
import { IssueWarningModal } from '../components/issue-warning-modal.js';
import { RunRulesModal } from '../components/run-rules-modal.js';
import { WarningActions } from '../components/warning-actions.js';
import { WarningCountsBar } from '../components/warning-counts-bar.js';
import { WarningSubject } from '../components/warning-subject.js';
import { SeverityTag, WarningStatusTag } from '../components/warning-tags.js';

function useColumns(): TableColumnsType<Warning> {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  return [
    { key: 'severity', title: t('warnings.columns.severity'), width: 100, render: (_v, warning) => <SeverityTag severity={warning.severity} /> },
    { key: 'subject', title: t('warnings.columns.subject'), width: 170, render: (_v, warning) => <WarningSubject warning={warning} /> },
    {
      key: 'summary',
      title: t('warnings.columns.summary'),
      width: 360,
      render: (_v, warning) => (
        <Link to={`/warnings/${warning.id}`} data-testid={`warning-link-${warning.programCode ?? warning.collegeId ?? warning.id}`}>
          <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, color: 'inherit' }}>
            {warning.summary[locale]}
          </Typography.Paragraph>
        </Link>
      ),
    },
    { key: 'year', title: t('warnings.columns.year'), width: 70, render: (_v, warning) => warning.year },
    { key: 'action', title: t('warnings.columns.action'), width: 130, render: (_v, warning) => t(`warnings.ruleActions.${warning.action}`) },
    { key: 'status', title: t('warnings.columns.status'), width: 130, render: (_v, warning) => <WarningStatusTag status={warning.status} /> },
    { key: 'issuedAt', title: t('warnings.columns.issuedAt'), width: 150, render: (_v, warning) => formatDateTime(warning.issuedAt, locale) },
    { key: 'actions', width: 200, render: (_v, warning) => <WarningActions warning={warning} size="small" /> },
  ];
}

/** Warnings in the caller's scope with what the caller may do about each. */
export function WarningsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const desks = useGovernanceDesks();
  const [isOpenOnly, setIsOpenOnly] = useState(true);
  const [status, setStatus] = useState<WarningStatus | undefined>(undefined);
  const [severity, setSeverity] = useState<Severity | undefined>(undefined);
  const [isIssuing, setIsIssuing] = useState(false);
  const [isRunning, setIsRunning] = useState(false);
  const [limit, setLimit] = useState(20);
  const query = { open: isOpenOnly && !status ? ('true' as const) : undefined, status, severity, limit };
  const paging = useCursorPaging(JSON.stringify(query));
  const warnings = useWarnings({ ...query, cursor: paging.cursor });
  const columns = useColumns();
  const canIssue = desks.isProvinceAdmin || desks.isNationalAdmin;

  return (
    <>
      <PageHeader
        title={t('warnings.title')}
        subtitle={t('warnings.subtitle')}
        extra={
          canIssue ? (
            <>
              <Button icon={<PlayCircleOutlined />} onClick={() => setIsRunning(true)} data-testid="rule-run-open">
                {t('warnings.runs.button')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsIssuing(true)} data-testid="warning-issue">
                {t('warnings.list.issue')}
              </Button>
            </>
          ) : null
        }
      />
      <WarningCountsBar query={{}} />
      <Card>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
          <Checkbox checked={isOpenOnly} onChange={(event) => setIsOpenOnly(event.target.checked)} data-testid="warning-open-only">
            {t('warnings.list.openOnly')}
          </Checkbox>
          <Select<WarningStatus>
            allowClear
            value={status}
            onChange={setStatus}
            placeholder={t('warnings.list.allStatuses')}
            options={warningStatuses.map((value) => ({ value, label: t(`warnings.statuses.${value}`) }))}
            style={{ width: 170 }}
          />
          <Select<Severity>
            allowClear
            value={severity}
            onChange={setSeverity}
            placeholder={t('warnings.list.allSeverities')}
            options={severitySchema.options.map((value) => ({ value, label: t(`warnings.severities.${value}`) }))}
            style={{ width: 150 }}
          />
        </Flex>
        {warnings.error ? <ErrorAlert error={warnings.error} onRetry={() => void warnings.refetch()} /> : null}
        <Table<Warning>
          rowKey="id"
          columns={columns}
          dataSource={warnings.data?.items ?? []}
          loading={warnings.isFetching}
          pagination={false}
          scroll={{ x: 1300 }}
          size="middle"
          locale={{ emptyText: t('warnings.list.empty') }}
          data-testid="warnings-table"
        />
        <CursorPager paging={paging} nextCursor={warnings.data?.nextCursor} pageSize={limit} onPageSizeChange={setLimit} isLoading={warnings.isFetching} />
      </Card>
      <RunRulesModal isOpen={isRunning} onClose={() => setIsRunning(false)} desks={desks} />
      <IssueWarningModal isOpen={isIssuing} onClose={() => setIsIssuing(false)} onIssued={(id) => navigate(`/warnings/${id}`)} />
    </>
  );
}
