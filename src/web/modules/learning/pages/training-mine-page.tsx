import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Empty, Flex, Form, Input, InputNumber, Modal, Progress, Row, Select, Statistic, Table, Tag, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trainingCategories, type TrainingCategory, type TrainingRecord } from '../../../../shared/contracts/learning/training.js';
import { ApiError } from '../../../app/api-client.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { PageHeader } from '../../../ui/page-header.js';
import { applyProblemToForm } from '../../../ui/zod-rule.js';
import { useRecordTraining, useTrainingRecords, useTrainingSummary } from '../api/textbooks.api.js';
import { uploadInChunks } from '../api/upload-file.js';
import { TrainingEvidenceLink, trainingPeriod, TrainingStatusTag } from './training-labels.js';

type TrainingFormValues = { title: string; provider: string; category: TrainingCategory; period: [Dayjs, Dayjs]; hours: number };

/** The server's period problems (end before start, more hours than the days allow) on the matching field. */
function placeTrainingErrors(form: ReturnType<typeof Form.useForm<TrainingFormValues>>[0], error: unknown, t: TFunction): boolean {
  if (!(error instanceof ApiError)) return false;
  const issues = error.problem?.errors ?? [];
  const period = issues.find((issue) => issue.code === 'end_before_start');
  const hours = issues.find((issue) => issue.code === 'too_many_hours');
  if (period) form.setFields([{ name: 'period', errors: [t('textbooks.training.form.endBeforeStart')] }]);
  if (hours) form.setFields([{ name: 'hours', errors: [t('textbooks.training.form.tooManyHours')] }]);
  const rest = issues.filter((issue) => issue !== period && issue !== hours);
  if (rest.length === 0) return issues.length > 0;
  return applyProblemToForm(form, new ApiError(error.status, error.problem ? { ...error.problem, errors: rest } : null, error.message));
}

function RecordTrainingModal({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<TrainingFormValues>();
  const record = useRecordTraining();
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<{ failure: unknown; isPlaced: boolean } | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (values: TrainingFormValues) => {
    setError(null);
    setBusy(true);
    try {
      const upload = file ? await uploadInChunks(file, file.type.startsWith('image/') ? 'image' : 'document', locale, (sent, total) => setPercent(Math.floor((sent / total) * 100))) : undefined;
      await record.mutateAsync({
        title: values.title.trim(),
        provider: values.provider.trim(),
        category: values.category,
        startDate: values.period[0].format('YYYY-MM-DD'),
        endDate: values.period[1].format('YYYY-MM-DD'),
        hours: values.hours,
        ...(upload ? { evidenceUploadId: upload.id } : {}),
      });
      void message.success(t('textbooks.training.form.submitted'));
      form.resetFields();
      setFile(null);
      setPercent(null);
      onClose();
    } catch (failure) {
      setError({ failure, isPlaced: placeTrainingErrors(form, failure, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={isOpen} title={t('textbooks.training.add')} onCancel={onClose} onOk={() => form.submit()} okText={t('textbooks.training.form.submit')} confirmLoading={isBusy} destroyOnHidden width={620}>
      {error ? <ErrorAlert error={error.failure} hideFieldErrors={error.isPlaced} /> : null}
      <Form form={form} layout="vertical" initialValues={{ category: 'enterprise_practice' }} onFinish={(values) => void submit(values)}>
        <Form.Item name="title" label={t('textbooks.training.form.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="provider" label={t('textbooks.training.form.provider')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="category" label={t('textbooks.training.form.category')}>
              <Select options={trainingCategories.map((category) => ({ value: category, label: t(`textbooks.training.categories.${category}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="hours" label={t('textbooks.training.form.hours')} extra={t('textbooks.training.form.hoursHint')} rules={[{ required: true, message: t('validation.required') }]}>
              <InputNumber min={0.5} max={2000} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="period" label={t('textbooks.training.form.period')} rules={[{ required: true, message: t('textbooks.training.form.periodRequired') }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('textbooks.training.form.evidence')} extra={t('textbooks.training.form.evidenceHint')}>
          <Upload
            beforeUpload={(chosen) => {
              setFile(chosen);
              return false;
            }}
            maxCount={1}
            accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,image/*"
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
          >
            <Button icon={<UploadOutlined />}>{t('textbooks.training.form.chooseFile')}</Button>
          </Upload>
          {percent !== null ? <Progress percent={percent} size="small" /> : null}
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The teacher's approved hours by year and category, and every record with its review state. */
export function TrainingMinePage() {
  const { t } = useTranslation();
  const [isAdding, setAdding] = useState(false);
  const summary = useTrainingSummary();
  const records = useTrainingRecords('mine');
  const years = summary.data?.years ?? [];

  const columns: TableColumnsType<TrainingRecord> = [
    {
      key: 'title',
      title: t('textbooks.training.columns.title'),
      render: (_value, record) => (
        <Flex vertical>
          <Typography.Text>{record.title}</Typography.Text>
          {record.status === 'returned' && record.reviewNote ? <Typography.Text type="danger">{t('textbooks.training.returnedReason', { reason: record.reviewNote })}</Typography.Text> : null}
        </Flex>
      ),
    },
    { key: 'provider', title: t('textbooks.training.columns.provider'), dataIndex: 'provider' },
    { key: 'category', title: t('textbooks.training.columns.category'), dataIndex: 'category', render: (value: TrainingCategory) => <span style={{ whiteSpace: 'nowrap' }}>{t(`textbooks.training.categories.${value}`)}</span> },
    { key: 'period', title: t('textbooks.training.columns.period'), render: (_value, record) => <span style={{ whiteSpace: 'nowrap' }}>{trainingPeriod(record)}</span> },
    { key: 'hours', title: t('textbooks.training.columns.hours'), dataIndex: 'hours', align: 'right', render: (value: number) => <span style={{ whiteSpace: 'nowrap' }}>{t('textbooks.training.hoursValue', { hours: value })}</span> },
    { key: 'source', title: t('textbooks.training.columns.source'), dataIndex: 'source', render: (value: TrainingRecord['source']) => <Tag>{t(`textbooks.training.sources.${value}`)}</Tag> },
    { key: 'status', title: t('textbooks.training.columns.status'), dataIndex: 'status', render: (value: TrainingRecord['status']) => <TrainingStatusTag status={value} /> },
    { key: 'evidence', title: t('textbooks.training.columns.evidence'), render: (_value, record) => <TrainingEvidenceLink record={record} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('textbooks.training.title')}
        subtitle={t('textbooks.training.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('textbooks.training.add')}
          </Button>
        }
      />
      {summary.error ? <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      <Typography.Title level={5}>{t('textbooks.training.byYear')}</Typography.Title>
      {summary.data && years.length === 0 ? <Empty description={t('textbooks.training.noHours')} style={{ marginBottom: 16 }} /> : null}
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {years.map((year) => (
          <Col key={year.year} xs={24} md={12} xl={8}>
            <Card size="small" data-testid="training-year">
              <Statistic title={t('textbooks.training.year', { year: year.year })} value={year.totalHours} suffix={t('textbooks.training.hoursUnit')} />
              <Typography.Text type="secondary">{t('textbooks.training.enterprisePractice', { hours: year.enterprisePracticeHours })}</Typography.Text>
              <Flex wrap gap={4} style={{ marginTop: 8 }}>
                {trainingCategories
                  .filter((category) => year.byCategory[category] !== undefined)
                  .map((category) => (
                    <Tag key={category}>
                      {t(`textbooks.training.categories.${category}`)} {year.byCategory[category]}
                    </Tag>
                  ))}
              </Flex>
            </Card>
          </Col>
        ))}
      </Row>
      <Card title={t('textbooks.training.records')} size="small">
        {records.error ? <ErrorAlert error={records.error} onRetry={() => void records.refetch()} /> : null}
        <Table<TrainingRecord>
          rowKey="id"
          size="middle"
          loading={records.isLoading}
          columns={columns}
          dataSource={records.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('textbooks.training.empty') }}
          scroll={{ x: 900 }}
        />
      </Card>
      <RecordTrainingModal isOpen={isAdding} onClose={() => setAdding(false)} />
    </>
  );
}
