import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Checkbox, Col, Flex, Form, Input, InputNumber, Radio, Result, Row, Select, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CatalogVersion } from '../../../../shared/contracts/catalog/catalog.js';
import { catalogImportRequestSchema, catalogVersionInputSchema, type CatalogImportRequest } from '../../../../shared/contracts/catalog/imports.js';
import { MAX_IMPORT_FILE_BYTES } from '../../../../shared/contracts/institutions/spreadsheet-import.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { PageHeader } from '../../../ui/page-header.js';
import { readFileAsUpload } from '../../../ui/read-file-base64.js';
import { emptyToUndefined, useZodRule } from '../../../ui/zod-rule.js';
import { catalogTemplateHref, useCatalogImportCommit, useCatalogImportPreview, useCatalogVersions } from '../api/catalog.api.js';
import { ImportPreview } from '../components/import-preview.js';

type VersionForm = {
  id: string;
  title: string;
  titleEn?: string;
  kind: 'edition' | 'supplement';
  year: number;
  previousVersionId?: string;
  source?: string;
  authority?: string;
  effectiveFrom?: string;
  isSample: boolean;
  mode: 'full' | 'delta';
};

function FilePicker({ file, onChange, testId }: { file: File | null; onChange: (file: File | null) => void; testId: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  return (
    <Upload
      accept=".xlsx,.csv"
      maxCount={1}
      fileList={file ? [{ uid: file.name, name: file.name, status: 'done' }] : []}
      beforeUpload={(picked) => {
        if (picked.size > MAX_IMPORT_FILE_BYTES) message.error(t('catalog.import.fileTooLarge'));
        else onChange(picked);
        return false;
      }}
      onRemove={() => onChange(null)}
    >
      <Button icon={<UploadOutlined />} data-testid={testId}>
        {t('catalog.import.pickFile')}
      </Button>
    </Upload>
  );
}

/** The version being imported: id, titles, kind, year, predecessor, issuing document. */
function VersionFields({ versions }: { versions: readonly CatalogVersion[] }) {
  const { t } = useTranslation();
  const zodRule = useZodRule();
  const shape = catalogVersionInputSchema.shape;
  return (
      <Card size="small" title={t('catalog.import.version')}>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name="id" label={t('catalog.import.fields.id')} extra={t('catalog.import.fields.idHint')} rules={[zodRule(shape.id, t('catalog.import.fields.idHint'))]}>
              <Input data-testid="import-version-id" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="title" label={t('catalog.import.fields.title')} rules={[zodRule(shape.title)]}>
              <Input data-testid="import-version-title" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={t('catalog.import.fields.kind')}>
              <Radio.Group options={[{ value: 'edition', label: t('catalog.kinds.edition') }, { value: 'supplement', label: t('catalog.kinds.supplement') }]} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="year" label={t('catalog.import.fields.year')} rules={[zodRule(shape.year)]}>
              <InputNumber min={1990} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="previousVersionId" label={t('catalog.import.fields.previousVersionId')}>
              <Select allowClear options={versions.map((version) => ({ value: version.id, label: `${version.id} · ${version.title}` }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="titleEn" label={t('catalog.import.fields.titleEn')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="source" label={t('catalog.import.fields.source')} extra={t('catalog.import.fields.sourceHint')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="authority" label={t('catalog.import.fields.authority')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="effectiveFrom" label={t('catalog.import.fields.effectiveFrom')} rules={[{ pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('validation.invalidFormat') }]}>
              <Input placeholder="YYYY-MM-DD" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="isSample" valuePropName="checked">
              <Checkbox>{t('catalog.import.fields.isSample')}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
      </Card>
  );
}

async function buildRequest(values: VersionForm, programs: File, revisions: File | null): Promise<CatalogImportRequest> {
  const { mode, ...version } = values;
  const cleaned = Object.fromEntries(Object.entries(version).map(([key, value]) => [key, emptyToUndefined(value)]));
  return catalogImportRequestSchema.parse({
    version: cleaned,
    mode,
    programs: await readFileAsUpload(programs),
    revisions: revisions ? await readFileAsUpload(revisions) : undefined,
  });
}

/** Catalog import for national administrators: upload → preview with row and cell errors → commit. */
export function CatalogImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<VersionForm>();
  const versions = useCatalogVersions();
  const [programsFile, setProgramsFile] = useState<File | null>(null);
  const [revisionsFile, setRevisionsFile] = useState<File | null>(null);
  const [request, setRequest] = useState<CatalogImportRequest | null>(null);
  const [buildError, setBuildError] = useState<unknown>(null);
  const preview = useCatalogImportPreview();
  const commit = useCatalogImportCommit();

  const invalidate = () => {
    setRequest(null);
    preview.reset();
  };
  const onPreview = async () => {
    const values = await form.validateFields();
    if (!programsFile) return;
    setBuildError(null);
    try {
      const built = await buildRequest(values, programsFile, revisionsFile);
      setRequest(built);
      preview.mutate(built);
    } catch (error) {
      setBuildError(error);
    }
  };

  if (commit.data) {
    return (
      <Result
        status="success"
        title={t('catalog.import.done', { versionId: commit.data.versionId, programs: commit.data.programs, revisions: commit.data.revisions })}
        extra={
          <Button type="primary" onClick={() => navigate(`/catalog/versions/${encodeURIComponent(commit.data.versionId)}`)} data-testid="catalog-import-open">
            {t('catalog.import.openVersion')}
          </Button>
        }
        data-testid="catalog-import-done"
      />
    );
  }

  return (
    <>
      <PageHeader
        backTo="/catalog"
        title={t('catalog.import.title')}
        subtitle={t('catalog.import.subtitle')}
        extra={
          <>
            <Button icon={<DownloadOutlined />} href={catalogTemplateHref('xlsx')} download>
              {t('catalog.import.template')}
            </Button>
            <Button icon={<DownloadOutlined />} href={catalogTemplateHref('csv')} download>
              {t('catalog.import.templateCsv')}
            </Button>
            <Button icon={<DownloadOutlined />} href={catalogTemplateHref('csv', 'revisions')} download>
              {t('catalog.import.templateRevisionsCsv')}
            </Button>
          </>
        }
      />
      <Flex vertical gap={16}>
        <Form<VersionForm> form={form} layout="vertical" initialValues={{ kind: 'edition', mode: 'full', isSample: false, year: new Date().getFullYear() }} onValuesChange={invalidate}>
          <VersionFields versions={versions.data ?? []} />
          <Card size="small" title={t('catalog.import.files')} style={{ marginTop: 16 }}>
            <Form.Item name="mode" label={t('catalog.import.fields.mode')}>
              <Radio.Group options={[{ value: 'full', label: t('catalog.import.modes.full') }, { value: 'delta', label: t('catalog.import.modes.delta') }]} />
            </Form.Item>
            <Form.Item label={t('catalog.import.fields.programs')} required>
              <FilePicker file={programsFile} onChange={(file) => { setProgramsFile(file); invalidate(); }} testId="import-programs-file" />
            </Form.Item>
            <Form.Item label={t('catalog.import.fields.revisions')}>
              <FilePicker file={revisionsFile} onChange={(file) => { setRevisionsFile(file); invalidate(); }} testId="import-revisions-file" />
            </Form.Item>
            <Flex gap={8}>
              <Button onClick={() => void onPreview()} disabled={!programsFile} loading={preview.isPending} data-testid="catalog-import-preview-button">
                {t('catalog.import.preview')}
              </Button>
              <Button
                type="primary"
                disabled={!request || !preview.data?.isCommittable}
                loading={commit.isPending}
                onClick={() => request && preview.data && commit.mutate({ ...request, fingerprint: preview.data.fingerprint })}
                data-testid="catalog-import-commit"
              >
                {t('catalog.import.commit')}
              </Button>
            </Flex>
          </Card>
        </Form>
        {buildError ? <ErrorAlert error={buildError} /> : null}
        {preview.error ? <ErrorAlert error={preview.error} /> : null}
        {commit.error ? <ErrorAlert error={commit.error} /> : null}
        {preview.data ? <ImportPreview preview={preview.data} /> : null}
      </Flex>
    </>
  );
}
