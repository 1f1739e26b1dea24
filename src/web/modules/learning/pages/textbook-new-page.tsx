import { Button, Card, Col, DatePicker, Divider, Form, Input, InputNumber, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useCreateTextbook } from '../api/textbooks.api.js';
import { metadataDefaults, metadataInputOf, placeTextbookErrors, TextbookMetadataFields, type TextbookMetadataValues } from './textbook-metadata-form.js';

type NewTextbookValues = TextbookMetadataValues & { editionNumber: number; publishedOn: Dayjs; changeNotes?: string };

/** A new textbook: its details and first edition; chapters are written next, in the editor. */
export function TextbookNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewTextbookValues>();
  const create = useCreateTextbook();
  const [error, setError] = useState<{ failure: unknown; isPlaced: boolean } | null>(null);

  const submit = async (values: NewTextbookValues) => {
    setError(null);
    try {
      const created = await create.mutateAsync({
        ...metadataInputOf(values),
        edition: { number: values.editionNumber, publishedOn: values.publishedOn.format('YYYY-MM-DD'), changeNotes: values.changeNotes?.trim() ?? '' },
      });
      void navigate(`/learning/textbooks/${created.id}/edit`);
    } catch (failure) {
      setError({ failure, isPlaced: placeTextbookErrors(form, failure, t) });
    }
  };

  return (
    <>
      <PageHeader title={t('textbooks.editor.newTitle')} subtitle={t('textbooks.editor.subtitle')} backTo="/learning/textbooks" />
      {error ? <ErrorAlert error={error.failure} hideFieldErrors={error.isPlaced} /> : null}
      <Card>
        <Form form={form} layout="vertical" initialValues={{ ...metadataDefaults, editionNumber: 1 }} onFinish={(values) => void submit(values)}>
          <TextbookMetadataFields />
          <Divider titlePlacement="start">
            <Typography.Text strong>{t('textbooks.editor.firstEdition')}</Typography.Text>
          </Divider>
          <Row gutter={16}>
            <Col xs={12} md={4}>
              <Form.Item name="editionNumber" label={t('textbooks.editor.editionNumber')} rules={[{ required: true, message: t('validation.required') }]}>
                <InputNumber min={1} max={99} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="publishedOn" label={t('textbooks.editor.publishedOn')} rules={[{ required: true, message: t('validation.required') }]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="changeNotes" label={t('textbooks.editor.changeNotes')}>
                <Input.TextArea rows={1} maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('textbooks.editor.create')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
