import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Empty, Form, Input, InputNumber, Modal, Row, Select, Skeleton, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CourseAudienceValue } from '../../../../shared/contracts/learning/courses.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatDateTime } from '../../../ui/format.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useCourseList, useCreateCourse } from '../api/courses.api.js';
import { CourseCard } from '../components/course-card.js';
import { splitList } from '../components/localized-text.js';

type CourseForm = { titleZh?: string; titleEn?: string; audience: CourseAudienceValue; trainingHours?: number; isCore: boolean; programCodes?: string; knowledgePoints?: string };

/** The teacher's courses, with their last substantive revision, and a form for a new one. */
export function TeachingPage() {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const navigate = useNavigate();
  const [isCreating, setCreating] = useState(false);
  const [form] = Form.useForm<CourseForm>();
  const list = useCourseList('teaching');
  const create = useCreateCourse();
  const audience = Form.useWatch('audience', form);

  const submit = async (values: CourseForm) => {
    const title: Record<string, string> = {};
    if (values.titleZh?.trim()) title['zh-CN'] = values.titleZh.trim();
    if (values.titleEn?.trim()) title.en = values.titleEn.trim();
    const course = await create.mutateAsync({
      title,
      audience: values.audience,
      trainingHours: values.audience === 'teachers' ? (values.trainingHours ?? 0) : 0,
      isCore: values.isCore,
      programCodes: splitList(values.programCodes),
      knowledgePoints: splitList(values.knowledgePoints),
    });
    setCreating(false);
    void navigate(`/learning/courses/${course.id}/edit`);
  };

  return (
    <>
      <PageHeader
        title={t('courses.teaching.title')}
        subtitle={t('courses.teaching.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('courses.teaching.create')}
          </Button>
        }
      />
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isLoading ? <Skeleton active /> : null}
      {list.data && list.data.items.length === 0 ? <Empty description={t('courses.teaching.empty')} /> : null}
      <Row gutter={[12, 12]}>
        {(list.data?.items ?? []).map((course) => (
          <Col key={course.id} xs={24} md={12} xl={8}>
            <CourseCard
              course={course}
              actions={
                <Link to={`/learning/courses/${course.id}/edit`}>
                  <Button type="link" size="small">
                    {t('courses.teaching.edit')}
                  </Button>
                </Link>
              }
              footer={
                <Typography.Text type="secondary">
                  {course.lastSubstantiveRevisionAt ? t('courses.teaching.revised', { date: formatDateTime(course.lastSubstantiveRevisionAt, locale) }) : t('courses.teaching.neverRevised')}
                </Typography.Text>
              }
            />
          </Col>
        ))}
      </Row>
      <Modal open={isCreating} title={t('courses.teaching.create')} onCancel={() => setCreating(false)} onOk={() => form.submit()} okText={t('courses.teaching.form.create')} confirmLoading={create.isPending} destroyOnHidden>
        {create.error ? <ErrorAlert error={create.error} /> : null}
        <Form form={form} layout="vertical" initialValues={{ audience: 'students', isCore: false }} onFinish={(values) => void submit(values)}>
          <Form.Item
            name="titleZh"
            label={t('courses.teaching.form.titleZh')}
            dependencies={['titleEn']}
            rules={[({ getFieldValue }) => ({ validator: (_rule, value: string | undefined) => (value?.trim() || String(getFieldValue('titleEn') ?? '').trim() ? Promise.resolve() : Promise.reject(new Error(t('courses.teaching.form.titleRequired')))) })]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="titleEn" label={t('courses.teaching.form.titleEn')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="audience" label={t('courses.teaching.form.audience')}>
            <Select options={(['students', 'teachers'] as const).map((value) => ({ value, label: t(`courses.audience.${value}`) }))} />
          </Form.Item>
          {audience === 'teachers' ? (
            <Form.Item name="trainingHours" label={t('courses.teaching.form.trainingHours')}>
              <InputNumber min={0} max={1000} />
            </Form.Item>
          ) : null}
          <Form.Item name="isCore" label={t('courses.teaching.form.isCore')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="programCodes" label={t('courses.teaching.form.programCodes')} extra={t('courses.teaching.form.separated')}>
            <Input />
          </Form.Item>
          <Form.Item name="knowledgePoints" label={t('courses.teaching.form.knowledgePoints')} extra={t('courses.teaching.form.separated')}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
