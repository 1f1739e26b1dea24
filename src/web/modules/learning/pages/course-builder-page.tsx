import { EyeOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Form, Input, Modal, Row, Segmented, Select, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CourseDetail, StructureOperation } from '../../../../shared/contracts/learning/courses.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatDateTime } from '../../../ui/format.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useClasses, useCourse, useCourseAction, useCreateClass } from '../api/courses.api.js';
import { CourseTags } from '../components/course-card.js';
import { localizedText } from '../components/localized-text.js';
import { ResourcePicker } from '../components/resource-picker.js';
import { UnitEditor } from '../components/unit-editor.js';

type PublicationProps = { course: CourseDetail; onSave: (target: 'open' | 'class', classId: string | null) => void };

/** Where the course is published: openly, or to one class of the teacher's college (with a new-class form). */
function PublicationSettings({ course, onSave }: PublicationProps) {
  const { t } = useTranslation();
  const classes = useClasses();
  const createClass = useCreateClass();
  const [target, setTarget] = useState(course.target);
  const [classId, setClassId] = useState<string | null>(course.classId);
  const [isNewClassOpen, setNewClassOpen] = useState(false);
  const [form] = Form.useForm<{ name: string; memberIds?: string }>();
  return (
    <Card size="small" title={t('courses.builder.settings')} style={{ marginBottom: 12 }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Segmented value={target} onChange={(value) => setTarget(value as 'open' | 'class')} options={(['open', 'class'] as const).map((value) => ({ value, label: t(`courses.target.${value}`) }))} aria-label={t('courses.builder.target')} />
        {target === 'class' ? (
          <Space wrap>
            <Select style={{ minWidth: 200 }} value={classId ?? undefined} placeholder={t('courses.builder.noClass')} onChange={setClassId} options={(classes.data?.items ?? []).map((roster) => ({ value: roster.id, label: roster.name }))} aria-label={t('courses.builder.class')} />
            <Button icon={<PlusOutlined />} onClick={() => setNewClassOpen(true)}>
              {t('courses.builder.newClass')}
            </Button>
          </Space>
        ) : null}
        <Button onClick={() => onSave(target, target === 'class' ? classId : null)}>{t('courses.builder.save')}</Button>
      </Space>
      <Modal open={isNewClassOpen} title={t('courses.builder.newClass')} onCancel={() => setNewClassOpen(false)} onOk={() => form.submit()} confirmLoading={createClass.isPending}>
        {createClass.error ? <ErrorAlert error={createClass.error} /> : null}
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) =>
            void createClass.mutateAsync({ name: values.name, memberIds: (values.memberIds ?? '').split('\n').map((line) => line.trim()).filter((line) => line.length > 0) }).then((created) => {
              setClassId(created.id);
              setNewClassOpen(false);
            })
          }
        >
          <Form.Item name="name" label={t('courses.builder.className')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="memberIds" label={t('courses.builder.memberIds')}>
            <Input.TextArea rows={4} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

/** The course builder: a resource picker on the left, units and items on the right (drag and drop, or buttons). */
export function CourseBuilderPage() {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const query = useCourse(id);
  const action = useCourseAction(id);
  const [chosenUnitId, setChosenUnitId] = useState<string | undefined>();
  const course = query.data;
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!course) return <Skeleton active />;

  const targetUnitId = course.units.some((unit) => unit.id === chosenUnitId) ? chosenUnitId : course.units[course.units.length - 1]?.id;
  const apply = (operations: StructureOperation[]) => void action.mutateAsync({ kind: 'structure', operations }).catch(() => undefined);
  const title = localizedText(course.title, locale);

  return (
    <>
      <PageHeader
        title={t('courses.builder.title', { title })}
        subtitle={t('courses.builder.subtitle')}
        backTo="/learning/teaching"
        extra={
          <Space wrap>
            <Link to={`/learning/courses/${course.id}`}>
              <Button icon={<EyeOutlined />}>{t('courses.builder.preview')}</Button>
            </Link>
            <Button type="primary" icon={<SendOutlined />} loading={action.isPending} onClick={() => void action.mutateAsync({ kind: 'publish' }).then(() => message.success(t('courses.builder.published')))}>
              {course.status === 'published' ? t('courses.builder.republish') : t('courses.builder.publish')}
            </Button>
          </Space>
        }
      />
      <Space direction="vertical" style={{ marginBottom: 12 }}>
        <CourseTags course={course} />
        {course.lastSubstantiveRevisionAt ? <Typography.Text type="secondary">{t('courses.builder.revised', { date: formatDateTime(course.lastSubstantiveRevisionAt, locale) })}</Typography.Text> : null}
      </Space>
      {action.error ? <ErrorAlert error={action.error} /> : null}
      <Row gutter={16}>
        <Col xs={24} lg={9}>
          <Card size="small" title={t('courses.builder.picker.title')} data-testid="resource-picker" style={{ marginBottom: 12 }}>
            <ResourcePicker
              units={course.units}
              targetUnitId={targetUnitId}
              onTargetUnitChange={setChosenUnitId}
              onAdd={(payload) => {
                if (!targetUnitId) return;
                apply([payload.kind === 'resource' ? { op: 'addResource', unitId: targetUnitId, resourceId: payload.resourceId } : { op: 'addExerciseSet', unitId: targetUnitId, exerciseSetId: payload.exerciseSetId }]);
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <PublicationSettings key={`${course.target}-${course.classId ?? ''}`} course={course} onSave={(target, classId) => void action.mutateAsync({ kind: 'edit', input: { target, classId } }).then(() => message.success(t('courses.builder.saved')))} />
          {course.units.length === 0 ? <Empty description={t('courses.builder.noUnits')} style={{ marginBottom: 12 }} /> : null}
          {course.units.map((unit, index) => (
            <UnitEditor key={unit.id} unit={unit} index={index} unitCount={course.units.length} isTarget={unit.id === targetUnitId} onOperations={apply} />
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => apply([{ op: 'addUnit', title: { [locale]: t('courses.builder.unitDefault', { n: course.units.length + 1 }) } }])}>
            {t('courses.builder.addUnit')}
          </Button>
        </Col>
      </Row>
    </>
  );
}
