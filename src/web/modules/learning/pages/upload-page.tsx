import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, Progress, Row, Select, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { resourceLevels, resourceTypes, type ResourceLevel, type ResourceType } from '../../../../shared/contracts/learning/resources.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { apiRequest } from '../../../app/api-client.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useCreateResource } from '../api/learning.api.js';
import { uploadInChunks } from '../api/upload-file.js';

type FormValues = {
  type: ResourceType;
  titleZh?: string;
  titleEn?: string;
  descriptionZh?: string;
  descriptionEn?: string;
  programCodes: string[];
  knowledgePoints: string[];
  level: ResourceLevel;
  language: string;
  licence: string;
  audience: 'college' | 'public';
  coProvider?: string;
};

/** A simulation package goes up as application/zip, the type the server unpacks, whatever the browser called it (x-zip-compressed on Windows, nothing on some systems). */
const asUploaded = (chosen: File, type: ResourceType) => (type === 'virtual_simulation' && /\.zip$/i.test(chosen.name) && chosen.type !== 'application/zip' ? new File([chosen], chosen.name, { type: 'application/zip', lastModified: chosen.lastModified }) : chosen);

const nonEmpty = (entries: [string, string | undefined][]) => Object.fromEntries(entries.filter((entry): entry is [string, string] => (entry[1] ?? '').trim().length > 0));

export function UploadPage() {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ percent: number; resumedAt: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const create = useCreateResource();
  const chosenType = Form.useWatch('type', form);

  const save = async (shouldSubmit: boolean) => {
    const values = await form.validateFields();
    setError(null);
    setIsBusy(true);
    try {
      const upload = file
        ? await uploadInChunks(asUploaded(file, values.type), values.type, locale, (sent, total, resumedAt) => setProgress({ percent: Math.floor((sent / total) * 100), resumedAt }))
        : undefined;
      const created = await create.mutateAsync({
        type: values.type,
        title: nonEmpty([['zh-CN', values.titleZh], ['en', values.titleEn]]),
        description: nonEmpty([['zh-CN', values.descriptionZh], ['en', values.descriptionEn]]),
        programCodes: values.programCodes,
        knowledgePoints: values.knowledgePoints,
        level: values.level,
        language: values.language,
        licence: values.licence,
        audience: values.audience,
        providers: values.coProvider ? [values.coProvider.trim()] : [],
        ...(upload ? { uploadId: upload.id } : {}),
      });
      if (shouldSubmit) await apiRequest(`/api/v1/learning/resources/${created.id}/submit`, { method: 'POST' });
      void message.success(t('learning.upload.done'));
      void navigate(`/learning/resources/${created.id}`);
    } catch (failure) {
      setError(failure);
    } finally {
      setIsBusy(false);
    }
  };

  const titleRule = { validator: async () => ((form.getFieldValue('titleZh') ?? '').trim() || (form.getFieldValue('titleEn') ?? '').trim() ? undefined : Promise.reject(new Error(t('learning.upload.titleRequired')))) };

  return (
    <>
      <PageHeader title={t('learning.upload.title')} subtitle={t('learning.upload.subtitle')} backTo="/learning" />
      {error ? <ErrorAlert error={error} /> : null}
      <Card>
        <Form form={form} layout="vertical" initialValues={{ type: 'document', level: 'higher', language: 'zh-CN', licence: 'CC BY 4.0', audience: 'public', programCodes: [], knowledgePoints: [] }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="type" label={t('learning.upload.type')} rules={[{ required: true }]}>
                <Select options={resourceTypes.map((type) => ({ value: type, label: t(`learning.types.${type}`) }))} />
              </Form.Item>
              <Form.Item label={t('learning.upload.file')}>
                <Upload accept={chosenType === 'virtual_simulation' ? '.zip,.html,.htm,application/zip,text/html' : undefined} beforeUpload={(chosen) => { setFile(chosen); return false; }} maxCount={1} onRemove={() => setFile(null)} fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}>
                  <Button icon={<UploadOutlined />}>{t('learning.upload.chooseFile')}</Button>
                </Upload>
              </Form.Item>
              {progress ? (
                <div data-testid="upload-progress">
                  <Progress percent={progress.percent} />
                  {progress.resumedAt > 0 ? <Typography.Text type="secondary">{t('learning.upload.resumed', { bytes: progress.resumedAt })}</Typography.Text> : null}
                </div>
              ) : null}
              <Form.Item name="titleZh" label={t('learning.upload.titleZh')} rules={[titleRule]}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name="titleEn" label={t('learning.upload.titleEn')}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name="descriptionZh" label={t('learning.upload.descriptionZh')}>
                <Input.TextArea rows={3} maxLength={4000} />
              </Form.Item>
              <Form.Item name="descriptionEn" label={t('learning.upload.descriptionEn')}>
                <Input.TextArea rows={3} maxLength={4000} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="programCodes" label={t('learning.upload.programCodes')} extra={t('learning.upload.programCodesHint')}>
                <Select mode="tags" tokenSeparators={[',', ' ', '，']} />
              </Form.Item>
              <Form.Item name="knowledgePoints" label={t('learning.upload.knowledgePoints')}>
                <Select mode="tags" tokenSeparators={[',', '，', '、']} />
              </Form.Item>
              <Form.Item name="level" label={t('learning.upload.level')}>
                <Select options={resourceLevels.map((level) => ({ value: level, label: t(`learning.levels.${level}`) }))} />
              </Form.Item>
              <Form.Item name="language" label={t('learning.upload.language')}>
                <Select options={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'English' }]} />
              </Form.Item>
              <Form.Item name="licence" label={t('learning.upload.licence')} rules={[{ required: true }]}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="audience" label={t('learning.upload.audience')}>
                <Select options={(['public', 'college'] as const).map((audience) => ({ value: audience, label: t(`learning.visibility.${audience}`) }))} />
              </Form.Item>
              <Form.Item name="coProvider" label={t('learning.upload.coProvider')} extra={t('learning.upload.coProviderHint')}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
          <Space>
            <Button onClick={() => void save(false)} loading={isBusy}>
              {t('learning.upload.save')}
            </Button>
            <Button type="primary" onClick={() => void save(true)} loading={isBusy}>
              {t('learning.upload.saveAndSubmit')}
            </Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
