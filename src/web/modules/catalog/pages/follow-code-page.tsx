import { Alert, Button, Card, Flex, Form, Input, Select, Steps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { FollowResult } from '../../../../shared/contracts/catalog/catalog.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useCatalogVersions, useFollow, type FollowQuery } from '../api/catalog.api.js';
import { CodeList, RevisionKindTag } from '../components/catalog-tags.js';

function readQuery(params: URLSearchParams): FollowQuery | null {
  const code = params.get('code')?.trim();
  const from = params.get('from');
  const to = params.get('to');
  return code && from && to ? { code, from, to } : null;
}

function FollowOutcome({ result }: { result: FollowResult }) {
  const { t } = useTranslation();
  const isContinued = result.outcome === 'continued';
  return (
    <Card size="small" data-testid="follow-result">
      <Alert
        type={isContinued ? 'success' : result.outcome === 'discontinued' ? 'warning' : 'info'}
        showIcon
        title={
          <Flex gap={6} wrap align="center">
            <span>{t(`catalog.follow.outcomes.${result.outcome}`)}</span>
            {isContinued ? <CodeList codes={result.codes} /> : null}
          </Flex>
        }
        description={t(`catalog.follow.directions.${result.direction}`)}
        style={{ marginBottom: 16 }}
      />
      <Typography.Title level={5}>{t('catalog.follow.steps')}</Typography.Title>
      <Steps
        direction="vertical"
        size="small"
        current={result.steps.length}
        items={result.steps.map((step) => ({
          title: (
            <Flex gap={6} wrap align="center">
              <Tag>{step.versionId}</Tag>
              <CodeList codes={step.codes} />
            </Flex>
          ),
          description:
            step.revisions.length === 0 ? (
              t('catalog.follow.noRevisions')
            ) : (
              <Flex vertical gap={4}>
                {step.revisions.map((revision) => (
                  <span key={revision.id}>
                    <RevisionKindTag kind={revision.kind} />
                    <CodeList codes={revision.predecessorCodes} /> → <CodeList codes={revision.successorCodes} /> {revision.note ?? ''}
                  </span>
                ))}
              </Flex>
            ),
        }))}
      />
    </Card>
  );
}

/** Follows a program code from one catalog version to another along the change records. */
export function FollowCodePage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const versions = useCatalogVersions();
  const query = readQuery(searchParams);
  const follow = useFollow(query);
  const options = (versions.data ?? []).map((version) => ({ value: version.id, label: `${version.id} · ${version.title}` }));
  const newest = versions.data?.find((version) => version.isCurrent)?.id;

  return (
    <>
      <PageHeader backTo="/catalog" title={t('catalog.follow.title')} subtitle={t('catalog.follow.subtitle')} />
      <Flex vertical gap={16}>
        <Card size="small">
          <Form
            layout="inline"
            key={`${searchParams.toString()}:${newest ?? ''}`}
            initialValues={{ code: searchParams.get('code') ?? '', from: searchParams.get('from') ?? undefined, to: searchParams.get('to') ?? newest }}
            onFinish={(values: { code: string; from: string; to: string }) => setSearchParams({ code: values.code.trim(), from: values.from, to: values.to })}
            style={{ rowGap: 8 }}
          >
            <Form.Item name="code" label={t('catalog.follow.code')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
              <Input style={{ width: 180 }} data-testid="follow-code" />
            </Form.Item>
            <Form.Item name="from" label={t('catalog.follow.from')} rules={[{ required: true, message: t('validation.required') }]}>
              <Select options={options} style={{ minWidth: 220 }} loading={versions.isPending} data-testid="follow-from" />
            </Form.Item>
            <Form.Item name="to" label={t('catalog.follow.to')} rules={[{ required: true, message: t('validation.required') }]}>
              <Select options={options} style={{ minWidth: 220 }} loading={versions.isPending} data-testid="follow-to" />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={follow.isFetching} data-testid="follow-submit">
                {t('catalog.follow.submit')}
              </Button>
            </Form.Item>
          </Form>
        </Card>
        {follow.error ? <ErrorAlert error={follow.error} /> : null}
        {follow.data ? <FollowOutcome result={follow.data} /> : null}
      </Flex>
    </>
  );
}
