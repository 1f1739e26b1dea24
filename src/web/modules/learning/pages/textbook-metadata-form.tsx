import { Col, Form, Input, Row, Select, type FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { resourceLevels, type ResourceLevel } from '../../../../shared/contracts/learning/resources.js';
import type { TextbookSummary, UpdateTextbookInput } from '../../../../shared/contracts/learning/textbooks.js';
import { ApiError } from '../../../app/api-client.js';
import { applyProblemToForm } from '../../../ui/zod-rule.js';
import { splitList } from '../components/localized-text.js';

export type TextbookMetadataValues = {
  titleZh?: string;
  titleEn?: string;
  isbn?: string;
  publisher: string;
  authors: string;
  level: ResourceLevel;
  language: string;
  audience: 'public' | 'college';
  programCodes: string[];
};

export const metadataDefaults: Partial<TextbookMetadataValues> = { level: 'higher', language: 'zh-CN', audience: 'college', programCodes: [] };

export function metadataValuesOf(book: TextbookSummary): TextbookMetadataValues {
  return {
    titleZh: book.title['zh-CN'] ?? '',
    titleEn: book.title.en ?? '',
    isbn: book.isbn ?? '',
    publisher: book.publisher,
    authors: book.authors.join('、'),
    level: book.level,
    language: book.language,
    audience: book.audience === 'public' ? 'public' : 'college',
    programCodes: book.programCodes,
  };
}

/** The contract's metadata from the form; an empty ISBN is "none". */
export function metadataInputOf(values: TextbookMetadataValues): Required<Omit<UpdateTextbookInput, 'isbn'>> & { isbn?: string } {
  const title: Record<string, string> = {};
  if (values.titleZh?.trim()) title['zh-CN'] = values.titleZh.trim();
  if (values.titleEn?.trim()) title.en = values.titleEn.trim();
  const isbn = values.isbn?.trim();
  return {
    title,
    publisher: values.publisher.trim(),
    authors: splitList(values.authors),
    level: values.level,
    language: values.language,
    audience: values.audience,
    programCodes: values.programCodes,
    ...(isbn ? { isbn } : {}),
  };
}

/**
 * Puts the server's field errors on the form. The ISBN's reason (length, characters, check digit)
 * is shown in the reader's words. True when every field error found its field.
 */
export function placeTextbookErrors(form: FormInstance, error: unknown, t: TFunction): boolean {
  if (!(error instanceof ApiError)) return false;
  const isbnIssue = error.problem?.errors?.find((issue) => issue.field === 'isbn' || issue.field === 'body.isbn');
  const others = applyProblemToForm(form, error);
  if (isbnIssue) {
    const known = ['isbn_length', 'isbn_characters', 'isbn_checksum'] as const;
    const code = known.find((candidate) => candidate === isbnIssue.code);
    form.setFields([{ name: 'isbn', errors: [code ? t(`textbooks.editor.isbnErrors.${code}`) : isbnIssue.message] }]);
  }
  return others;
}

/** Title, ISBN, publisher, authors, level, language, visibility and program codes. */
export function TextbookMetadataFields() {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name="titleZh"
          label={t('textbooks.editor.titleZh')}
          dependencies={['titleEn']}
          rules={[({ getFieldValue }) => ({ validator: (_rule, value: string | undefined) => (value?.trim() || String(getFieldValue('titleEn') ?? '').trim() ? Promise.resolve() : Promise.reject(new Error(t('textbooks.editor.titleRequired')))) })]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="titleEn" label={t('textbooks.editor.titleEn')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="isbn" label={t('textbooks.editor.isbn')} extra={t('textbooks.editor.isbnHint')}>
          <Input maxLength={20} placeholder="978-7-04-000000-0" />
        </Form.Item>
        <Form.Item name="publisher" label={t('textbooks.editor.publisher')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="authors"
          label={t('textbooks.editor.authors')}
          extra={t('textbooks.editor.authorsHint')}
          rules={[{ validator: (_rule, value: string | undefined) => (splitList(value).length > 0 ? Promise.resolve() : Promise.reject(new Error(t('validation.required')))) }]}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="level" label={t('textbooks.editor.level')}>
          <Select options={resourceLevels.map((level) => ({ value: level, label: t(`learning.levels.${level}`) }))} />
        </Form.Item>
        <Form.Item name="language" label={t('textbooks.editor.language')}>
          <Select options={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'English' }]} />
        </Form.Item>
        <Form.Item name="audience" label={t('textbooks.editor.audience')}>
          <Select options={(['college', 'public'] as const).map((audience) => ({ value: audience, label: t(`textbooks.audience.${audience}`) }))} />
        </Form.Item>
        <Form.Item name="programCodes" label={t('textbooks.editor.programCodes')} extra={t('textbooks.editor.programCodesHint')}>
          <Select mode="tags" tokenSeparators={[',', ' ', '，', '、']} open={false} suffixIcon={null} />
        </Form.Item>
      </Col>
    </Row>
  );
}
