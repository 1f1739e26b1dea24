import { ReadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Popconfirm, Row, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TextbookDetail } from '../../../../shared/contracts/learning/textbooks.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { PageHeader } from '../../../ui/page-header.js';
import { applyProblemToForm } from '../../../ui/zod-rule.js';
import { useEditableChapters, useTextbook, useTextbookAction } from '../api/textbooks.api.js';
import { localizedText } from '../components/localized-text.js';
import { draftsOf, TextbookChaptersEditor } from './textbook-chapters-editor.js';
import { metadataInputOf, metadataValuesOf, placeTextbookErrors, TextbookMetadataFields, type TextbookMetadataValues } from './textbook-metadata-form.js';

function MetadataCard({ book }: { book: TextbookDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TextbookMetadataValues>();
  const action = useTextbookAction(book.id);
  const [error, setError] = useState<{ failure: unknown; isPlaced: boolean } | null>(null);
  const submit = async (values: TextbookMetadataValues) => {
    setError(null);
    try {
      const input = metadataInputOf(values);
      await action.mutateAsync({ kind: 'metadata', input: { ...input, isbn: input.isbn ?? '' } });
      void message.success(t('textbooks.editor.metadataSaved'));
    } catch (failure) {
      setError({ failure, isPlaced: placeTextbookErrors(form, failure, t) });
    }
  };
  return (
    <Card title={t('textbooks.editor.metadata')}>
      {error ? <ErrorAlert error={error.failure} hideFieldErrors={error.isPlaced} /> : null}
      <Form form={form} layout="vertical" initialValues={metadataValuesOf(book)} onFinish={(values) => void submit(values)}>
        <TextbookMetadataFields />
        <Button htmlType="submit" loading={action.isPending}>
          {t('textbooks.editor.saveMetadata')}
        </Button>
      </Form>
    </Card>
  );
}

type EditionValues = { number: number; publishedOn: Dayjs; changeNotes: string };

function EditionsCard({ book }: { book: TextbookDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditionValues>();
  const action = useTextbookAction(book.id);
  const submit = async (values: EditionValues) => {
    try {
      await action.mutateAsync({ kind: 'edition', input: { number: values.number, publishedOn: values.publishedOn.format('YYYY-MM-DD'), changeNotes: values.changeNotes.trim() } });
      form.resetFields();
      void message.success(t('textbooks.editor.editionAdded', { number: values.number }));
    } catch (failure) {
      applyProblemToForm(form, failure);
    }
  };
  return (
    <Card title={t('textbooks.editor.editions')} style={{ marginTop: 16 }}>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Timeline
            items={book.editions.map((edition) => ({
              key: edition.number,
              children: (
                <>
                  <Typography.Text strong>{t('textbooks.reader.editionLine', { number: edition.number, date: edition.publishedOn })}</Typography.Text>
                  {edition.changeNotes ? <div>{edition.changeNotes}</div> : null}
                </>
              ),
            }))}
          />
        </Col>
        <Col xs={24} md={14}>
          <Typography.Text strong>{t('textbooks.editor.newEdition')}</Typography.Text>
          <Typography.Paragraph type="secondary">{t('textbooks.editor.newEditionHint')}</Typography.Paragraph>
          {action.error ? <ErrorAlert error={action.error} hideFieldErrors /> : null}
          <Form form={form} layout="vertical" initialValues={{ number: book.currentEdition + 1 }} onFinish={(values) => void submit(values)} key={book.currentEdition}>
            <Row gutter={12}>
              <Col span={8}>
                <Form.Item name="number" label={t('textbooks.editor.editionNumber')} rules={[{ required: true, message: t('validation.required') }]}>
                  <InputNumber min={1} max={99} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={16}>
                <Form.Item name="publishedOn" label={t('textbooks.editor.publishedOn')} rules={[{ required: true, message: t('validation.required') }]}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="changeNotes" label={t('textbooks.editor.changeNotes')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Button htmlType="submit" loading={action.isPending}>
              {t('textbooks.editor.addEdition')}
            </Button>
          </Form>
        </Col>
      </Row>
    </Card>
  );
}

/** The author's editor: details, chapters with content and a revision note, editions, publication. */
export function TextbookEditorPage() {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const detail = useTextbook(id);
  const editable = useEditableChapters(id);
  const chaptersAction = useTextbookAction(id);
  const publishAction = useTextbookAction(id);
  const book = detail.data;

  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  if (editable.error) return <ErrorAlert error={editable.error} onRetry={() => void editable.refetch()} />;
  if (!book || !editable.data) return <Skeleton active />;

  const publish = async () => {
    await publishAction.mutateAsync({ kind: 'publish' });
    void message.success(t('textbooks.editor.published'));
  };

  return (
    <>
      <PageHeader
        title={t('textbooks.editor.editTitle', { title: localizedText(book.title, locale) || t('textbooks.editor.untitled') })}
        subtitle={
          <Space>
            <Tag color={book.status === 'published' ? 'green' : 'default'}>{t(`textbooks.status.${book.status}`)}</Tag>
            {t('textbooks.editor.subtitle')}
          </Space>
        }
        backTo="/learning/textbooks"
        extra={
          <Space>
            <Link to={`/learning/textbooks/${book.id}`}>
              <Button icon={<ReadOutlined />}>{t('textbooks.editor.read')}</Button>
            </Link>
            {book.status === 'draft' ? (
              <Popconfirm title={t('textbooks.editor.publishConfirm')} onConfirm={() => void publish().catch(() => undefined)} okText={t('textbooks.editor.publish')}>
                <Button type="primary" loading={publishAction.isPending} disabled={book.toc.length === 0} data-testid="publish-textbook">
                  {t('textbooks.editor.publish')}
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        }
      />
      {publishAction.error ? <ErrorAlert error={publishAction.error} /> : null}
      <MetadataCard key={book.id} book={book} />
      <TextbookChaptersEditor
        initial={draftsOf(editable.data)}
        isFirstSave={editable.data.items.length === 0}
        isSaving={chaptersAction.isPending}
        onSave={async (input) => {
          await chaptersAction.mutateAsync({ kind: 'chapters', input });
          const fresh = await editable.refetch();
          return fresh.data ? draftsOf(fresh.data) : [];
        }}
      />
      <EditionsCard book={book} />
    </>
  );
}
