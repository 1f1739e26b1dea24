import { App, Button, Card, Flex, Form, Input, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MODERATION_REASON_MAX_LENGTH, type CommentSettingsInput, type ModerationQueueItem } from '../../../../shared/contracts/learning/comments.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatDateTime } from '../../../ui/format.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useMe } from '../../auth/index.js';
import { useCommentSettings, useModerateComment, useModerationQueue, useSaveCommentSettings } from '../api/comments.api.js';
import { localizedText } from '../components/localized-text.js';

function ModerationActions({ item }: { item: ModerationQueueItem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const moderate = useModerateComment();
  const [isRemoving, setIsRemoving] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const approve = async () => {
    await moderate.mutateAsync({ resourceId: item.resourceId, commentId: item.id, decision: { decision: 'approve' } });
    void message.success(t('learning.moderation.approved'));
  };
  const remove = async () => {
    const { reason } = await form.validateFields();
    await moderate.mutateAsync({ resourceId: item.resourceId, commentId: item.id, decision: { decision: 'remove', reason } });
    setIsRemoving(false);
    void message.success(t('learning.moderation.removed'));
  };
  return (
    <Flex vertical gap={4}>
      <Space>
        <Button type="primary" loading={moderate.isPending} onClick={() => void approve().catch(() => undefined)}>
          {t('learning.moderation.approve')}
        </Button>
        <Button danger onClick={() => setIsRemoving(true)}>
          {t('learning.moderation.remove')}
        </Button>
      </Space>
      {moderate.error && !isRemoving ? <ErrorAlert error={moderate.error} /> : null}
      <Modal open={isRemoving} title={t('learning.moderation.removeTitle')} okText={t('learning.moderation.remove')} okButtonProps={{ danger: true }} onOk={() => void remove().catch(() => undefined)} onCancel={() => setIsRemoving(false)} confirmLoading={moderate.isPending} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('learning.moderation.removeHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t('learning.moderation.reason')} rules={[{ required: true, whitespace: true, message: t('learning.moderation.reasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={MODERATION_REASON_MAX_LENGTH} showCount />
          </Form.Item>
        </Form>
        {moderate.error ? <ErrorAlert error={moderate.error} /> : null}
      </Modal>
    </Flex>
  );
}

/** Why the comment waits: the blocked terms it holds and/or its open reports by reason. */
function Flags({ item }: { item: ModerationQueueItem }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4} align="start">
      <Tag color={item.status === 'published' ? 'default' : 'orange'}>{t(`learning.moderation.statuses.${item.status}`)}</Tag>
      {item.matchedTerms.length > 0 ? (
        <span>
          {t('learning.moderation.matchedTerms')}
          {item.matchedTerms.map((term) => (
            <Tag key={term} color="red" style={{ marginInlineStart: 4 }}>
              {term}
            </Tag>
          ))}
        </span>
      ) : null}
      {item.reports.count > 0 ? (
        <span>
          {t('learning.moderation.reports', { count: item.reports.count })}
          {item.reports.byReason.map((entry) => (
            <Tag key={entry.reason} style={{ marginInlineStart: 4 }}>
              {t(`learning.comments.reasons.${entry.reason}`)} × {entry.count}
            </Tag>
          ))}
        </span>
      ) : null}
      {item.reports.notes.map((note, index) => (
        <Typography.Text key={index} type="secondary">
          “{note}”
        </Typography.Text>
      ))}
    </Flex>
  );
}

function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

type SettingsForm = Omit<CommentSettingsInput, 'blockedTerms'> & { blockedTerms: string };

/** National administrators set the blocked terms (one a line, Chinese or English) and the limits. */
function SettingsCard() {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const { message } = App.useApp();
  const settings = useCommentSettings();
  const save = useSaveCommentSettings();
  const [form] = Form.useForm<SettingsForm>();
  const data = settings.data;
  useEffect(() => {
    if (data) form.setFieldsValue({ ...data, blockedTerms: data.blockedTerms.join('\n') });
  }, [data, form]);
  const submit = async () => {
    const values = await form.validateFields();
    await save.mutateAsync({ ...values, blockedTerms: linesOf(values.blockedTerms) });
    void message.success(t('learning.moderation.settings.saved'));
  };
  if (settings.error) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  return (
    <Card title={t('learning.moderation.settings.title')} style={{ marginTop: 16 }} loading={settings.isPending}>
      <Form form={form} layout="vertical">
        <Form.Item name="blockedTerms" label={t('learning.moderation.settings.blockedTerms')} extra={t('learning.moderation.settings.blockedTermsHint')}>
          <Input.TextArea rows={6} />
        </Form.Item>
        <Space wrap size="large">
          <Form.Item name="reportThreshold" label={t('learning.moderation.settings.reportThreshold')} rules={[{ required: true }]}>
            <InputNumber min={1} max={100} />
          </Form.Item>
          <Form.Item name="commentsPerMinute" label={t('learning.moderation.settings.commentsPerMinute')} rules={[{ required: true }]}>
            <InputNumber min={1} max={60} />
          </Form.Item>
          <Form.Item name="commentsPerDay" label={t('learning.moderation.settings.commentsPerDay')} rules={[{ required: true }]}>
            <InputNumber min={1} max={5000} />
          </Form.Item>
          <Form.Item name="reportsPerDay" label={t('learning.moderation.settings.reportsPerDay')} rules={[{ required: true }]}>
            <InputNumber min={1} max={1000} />
          </Form.Item>
        </Space>
        {save.error ? <ErrorAlert error={save.error} /> : null}
        <Flex gap={8} align="center">
          <Button type="primary" loading={save.isPending} onClick={() => void submit().catch(() => undefined)}>
            {t('learning.moderation.settings.save')}
          </Button>
          {data?.updatedAt ? <Typography.Text type="secondary">{t('learning.moderation.settings.updated', { date: formatDateTime(data.updatedAt, locale), name: data.updatedBy ?? '' })}</Typography.Text> : null}
        </Flex>
      </Form>
    </Card>
  );
}

/** The comment moderation queue of the resources the caller reviews: approve, or remove with a reason. */
export function ModerationPage() {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const queue = useModerationQueue();
  const { data: me } = useMe();
  const isNationalAdmin = me?.assignments.some((assignment) => assignment.role === 'national_admin') ?? false;
  const columns: TableColumnsType<ModerationQueueItem> = [
    {
      key: 'comment',
      title: t('learning.moderation.columns.comment'),
      render: (_value, item) => (
        <Flex vertical gap={4}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{item.body}</Typography.Paragraph>
          <Typography.Text type="secondary">
            {item.author.name} · {formatDateTime(item.createdAt, locale)}
            {item.parentId ? ` · ${t('learning.moderation.isReply')}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'resource', title: t('learning.moderation.columns.resource'), width: 220, render: (_value, item) => <Link to={`/learning/resources/${item.resourceId}`}>{localizedText(item.resourceTitle, locale)}</Link> },
    { key: 'flags', title: t('learning.moderation.columns.flags'), width: 260, render: (_value, item) => <Flags item={item} /> },
    { key: 'flaggedAt', title: t('learning.moderation.columns.flaggedAt'), width: 160, render: (_value, item) => formatDateTime(item.flaggedAt, locale) },
    { key: 'actions', title: t('learning.moderation.columns.actions'), width: 200, render: (_value, item) => <ModerationActions item={item} /> },
  ];
  return (
    <>
      <PageHeader title={t('learning.moderation.title')} subtitle={t('learning.moderation.subtitle')} />
      <Card>
        {queue.error ? (
          <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />
        ) : (
          <Table rowKey="id" size="middle" loading={queue.isLoading} columns={columns} dataSource={queue.data?.items ?? []} locale={{ emptyText: t('learning.moderation.empty') }} pagination={false} scroll={{ x: 1000 }} data-testid="moderation-queue" />
        )}
      </Card>
      {isNationalAdmin ? <SettingsCard /> : null}
    </>
  );
}
