import { App, Button, Card, Flex, Form, Input, Modal, Segmented, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingCategory, TrainingRecord } from '../../../../shared/contracts/learning/training.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatDateTime } from '../../../ui/format.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useReviewTraining, useTrainingRecords } from '../api/textbooks.api.js';
import { TrainingEvidenceLink, trainingPeriod, TrainingStatusTag } from './training-labels.js';

/** Pending and reviewed external records; hours from completed platform courses (approved as recorded). */
type Tab = 'pending' | 'reviewed' | 'courses';

function ReturnModal({ record, onClose }: { record: TrainingRecord | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const review = useReviewTraining();
  const submit = async ({ reason }: { reason: string }) => {
    if (!record) return;
    await review.mutateAsync({ id: record.id, review: { decision: 'return', reason: reason.trim() } });
    void message.success(t('textbooks.trainingReview.returned'));
    onClose();
  };
  return (
    <Modal open={record !== null} title={record ? t('textbooks.trainingReview.returnTitle', { title: record.title }) : ''} onCancel={onClose} onOk={() => form.submit()} okText={t('textbooks.trainingReview.return')} okButtonProps={{ danger: true }} confirmLoading={review.isPending} destroyOnHidden>
      {review.error ? <ErrorAlert error={review.error} /> : null}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values).catch(() => undefined)}>
        <Form.Item name="reason" label={t('textbooks.trainingReview.reason')} rules={[{ required: true, whitespace: true, message: t('textbooks.trainingReview.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} placeholder={t('textbooks.trainingReview.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The college administrator's queue: external training of the college's teachers, approved or returned with a reason. */
export function TrainingReviewPage() {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const { message } = App.useApp();
  const [tab, setTab] = useState<Tab>('pending');
  const [returning, setReturning] = useState<TrainingRecord | null>(null);
  const pending = useTrainingRecords('review', { status: 'pending', source: 'external' });
  const external = useTrainingRecords('review', { source: 'external' });
  const courses = useTrainingRecords('review', { source: 'course' });
  const approve = useReviewTraining();
  const list = { pending, reviewed: external, courses }[tab];
  const items = (list.data?.items ?? []).filter((record) => tab !== 'reviewed' || record.status !== 'pending');
  const emptyText = { pending: t('textbooks.trainingReview.empty'), reviewed: t('textbooks.trainingReview.emptyReviewed'), courses: t('textbooks.trainingReview.emptyCourses') }[tab];

  const columns: TableColumnsType<TrainingRecord> = [
    { key: 'teacher', title: t('textbooks.trainingReview.teacher'), dataIndex: 'teacherName' },
    { key: 'title', title: t('textbooks.training.columns.title'), dataIndex: 'title' },
    { key: 'provider', title: t('textbooks.training.columns.provider'), dataIndex: 'provider' },
    { key: 'category', title: t('textbooks.training.columns.category'), dataIndex: 'category', render: (value: TrainingCategory) => <span style={{ whiteSpace: 'nowrap' }}>{t(`textbooks.training.categories.${value}`)}</span> },
    { key: 'period', title: t('textbooks.training.columns.period'), render: (_value, record) => <span style={{ whiteSpace: 'nowrap' }}>{trainingPeriod(record)}</span> },
    { key: 'hours', title: t('textbooks.training.columns.hours'), dataIndex: 'hours', align: 'right', render: (value: number) => <span style={{ whiteSpace: 'nowrap' }}>{t('textbooks.training.hoursValue', { hours: value })}</span> },
    { key: 'evidence', title: t('textbooks.training.columns.evidence'), render: (_value, record) => <TrainingEvidenceLink record={record} /> },
    tab === 'pending'
      ? {
          key: 'actions',
          title: '',
          render: (_value, record) => (
            <Space>
              <Button
                type="primary"
                size="small"
                loading={approve.isPending && approve.variables.id === record.id}
                onClick={() => void approve.mutateAsync({ id: record.id, review: { decision: 'approve' } }).then(() => message.success(t('textbooks.trainingReview.approved')), () => undefined)}
              >
                {t('textbooks.trainingReview.approve')}
              </Button>
              <Button size="small" danger onClick={() => setReturning(record)}>
                {t('textbooks.trainingReview.return')}
              </Button>
            </Space>
          ),
        }
      : {
          key: 'status',
          title: t('textbooks.training.columns.status'),
          render: (_value, record) => (
            <Flex vertical gap={2}>
              <span>
                <TrainingStatusTag status={record.status} />
              </span>
              {record.reviewNote ? <Typography.Text type="secondary">{record.reviewNote}</Typography.Text> : null}
              {record.reviewedByName ? <Typography.Text type="secondary">{t('textbooks.trainingReview.reviewedBy', { name: record.reviewedByName, date: formatDateTime(record.reviewedAt, locale) })}</Typography.Text> : null}
            </Flex>
          ),
        },
  ];

  return (
    <>
      <PageHeader title={t('textbooks.trainingReview.title')} subtitle={t('textbooks.trainingReview.subtitle')} />
      <Segmented
        style={{ marginBottom: 16 }}
        value={tab}
        onChange={(value) => setTab(value as Tab)}
        options={[
          { value: 'pending', label: `${t('textbooks.trainingReview.pending')}${pending.data ? ` (${pending.data.items.length})` : ''}` },
          { value: 'reviewed', label: t('textbooks.trainingReview.reviewed') },
          { value: 'courses', label: t('textbooks.trainingReview.courses') },
        ]}
      />
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {approve.error ? <ErrorAlert error={approve.error} /> : null}
      <Card size="small">
        <Table<TrainingRecord>
          rowKey="id"
          size="middle"
          loading={list.isLoading}
          columns={columns}
          dataSource={items}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText }}
          scroll={{ x: 900 }}
        />
      </Card>
      <ReturnModal record={returning} onClose={() => setReturning(null)} />
    </>
  );
}
