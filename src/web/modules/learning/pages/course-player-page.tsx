import { EditOutlined, HistoryOutlined, LeftOutlined, LoginOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Flex, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CourseDetail, CourseItem, CourseProgress } from '../../../../shared/contracts/learning/courses.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useCourse, useCourseProgress, useLearnerAction } from '../api/courses.api.js';
import { CourseTags } from '../components/course-card.js';
import { chooseCurrentItem, openItems } from '../components/course-navigation.js';
import { CourseOutline } from '../components/course-outline.js';
import { CourseSimulationItem } from '../components/course-simulation-item.js';
import { ExerciseRunner } from '../components/exercise-runner.js';
import { localizedText } from '../components/localized-text.js';
import { ResourceItemPlayer } from '../components/resource-item-player.js';

/** Records the opening of the current item once per item (the server remembers it as the resume point). */
function useLaunch(courseId: string, itemId: string | undefined, isEnrolled: boolean) {
  const action = useLearnerAction(courseId);
  const launched = useRef<string | null>(null);
  const { mutate } = action;
  useEffect(() => {
    if (!isEnrolled || !itemId || launched.current === itemId) return;
    launched.current = itemId;
    mutate({ kind: 'launch', itemId });
  }, [itemId, isEnrolled, mutate]);
}

type ItemViewProps = { course: CourseDetail; item: CourseItem; progress: CourseProgress | undefined };

function ItemView({ course, item, progress }: ItemViewProps) {
  const learner = useLearnerAction(course.id);
  const isEnrolled = progress?.enrolled === true;
  const itemProgress = progress?.items.find((entry) => entry.itemId === item.id);
  if (item.kind === 'exercise_set') return <ExerciseRunner courseId={course.id} itemId={item.id} />;
  if (!item.resourceId) return null;
  if (item.resourceType === 'virtual_simulation') {
    // a finished attempt completes the item (the attempt's own statements name the course as parent)
    return <CourseSimulationItem courseId={course.id} item={item} onFinished={() => isEnrolled && itemProgress?.completed !== true && learner.mutate({ kind: 'progress', itemId: item.id, input: { completed: true } })} />;
  }
  return <ResourceItemPlayer key={item.id} courseId={course.id} item={{ ...item, resourceId: item.resourceId }} isEnrolled={isEnrolled} isDone={itemProgress?.completed === true} savedPosition={itemProgress?.position ?? null} />;
}

type EnrolPanelProps = { course: CourseDetail; isPending: boolean; onEnrol: () => void };

function EnrolPanel({ course, isPending, onEnrol }: EnrolPanelProps) {
  const { t } = useTranslation();
  if (!course.can.enrol) return <Alert type="info" showIcon message={t('courses.player.teachersOnly')} />;
  return (
    <Alert
      type="info"
      showIcon
      message={t('courses.player.enrolFirst')}
      action={
        <Button type="primary" icon={<LoginOutlined />} loading={isPending} onClick={onEnrol} data-testid="course-enrol">
          {t('courses.player.enrol')}
        </Button>
      }
    />
  );
}

/** The course player: outline with done states and overall progress, the current item, enrolment and resume. */
export function CoursePlayerPage() {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [now] = useState(() => new Date());
  const query = useCourse(id);
  const progressQuery = useCourseProgress(id, query.data !== undefined);
  const learner = useLearnerAction(id);
  const course = query.data;
  const progress = progressQuery.data;
  const isEnrolled = progress?.enrolled === true;
  const { item, isResumed } = course ? chooseCurrentItem(course, progress, params.get('item'), now) : { item: undefined, isResumed: false };
  useLaunch(id, item?.id, isEnrolled);

  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!course) return <Skeleton active />;

  const items = openItems(course, now);
  const index = item ? items.findIndex((candidate) => candidate.id === item.id) : -1;
  const previous = index > 0 ? items[index - 1] : undefined;
  const next = index >= 0 ? items[index + 1] : undefined;
  const select = (itemId: string) => setParams({ item: itemId });
  const enrol = () => void learner.mutateAsync({ kind: 'enrol' }).then(() => message.success(t('courses.player.joined')));
  const title = localizedText(course.title, locale) || t('courses.common.untitled');

  return (
    <>
      <PageHeader
        title={title}
        subtitle={`${t('courses.common.by', { name: course.createdByName })} · ${t('courses.common.items', { count: course.itemCount })}`}
        backTo="/learning/courses"
        extra={
          <Space wrap>
            {course.can.edit ? (
              <Link to={`/learning/courses/${course.id}/edit`}>
                <Button icon={<EditOutlined />}>{t('courses.player.edit')}</Button>
              </Link>
            ) : null}
            {isEnrolled ? <Tag color="green">{t('courses.player.enrolled')}</Tag> : null}
          </Space>
        }
      />
      <Space direction="vertical" style={{ marginBottom: 12, width: '100%' }}>
        <CourseTags course={course} />
        {localizedText(course.description, locale) ? <Typography.Paragraph style={{ margin: 0 }}>{localizedText(course.description, locale)}</Typography.Paragraph> : null}
      </Space>
      {progressQuery.error ? <ErrorAlert error={progressQuery.error} onRetry={() => void progressQuery.refetch()} /> : null}
      {learner.error ? <ErrorAlert error={learner.error} /> : null}
      {progress && !isEnrolled ? (
        <div style={{ marginBottom: 12 }}>
          <EnrolPanel course={course} isPending={learner.isPending} onEnrol={enrol} />
        </div>
      ) : null}
      <Row gutter={16}>
        <Col xs={24} lg={7}>
          <Card size="small" title={t('courses.player.outline')} style={{ marginBottom: 12 }}>
            <CourseOutline course={course} progress={progress} currentItemId={item?.id} now={now} onSelect={select} />
          </Card>
        </Col>
        <Col xs={24} lg={17}>
          {item ? (
            <Card
              size="small"
              data-testid="current-item"
              data-item-id={item.id}
              title={localizedText(item.title, locale) || t('courses.common.untitled')}
              extra={
                isResumed && isEnrolled ? (
                  <Tag icon={<HistoryOutlined />} color="blue" data-testid="resumed">
                    {t('courses.player.resumed')}
                  </Tag>
                ) : null
              }
            >
              {isEnrolled || (item.kind === 'resource' && item.resourceType !== 'virtual_simulation') ? <ItemView course={course} item={item} progress={progress} /> : <Empty description={t('courses.player.enrolFirst')} />}
              <Flex justify="space-between" style={{ marginTop: 16 }}>
                <Button icon={<LeftOutlined />} disabled={!previous} onClick={() => previous && select(previous.id)}>
                  {t('courses.player.previous')}
                </Button>
                <Button disabled={!next} onClick={() => next && select(next.id)} data-testid="next-item">
                  {t('courses.player.next')} <RightOutlined />
                </Button>
              </Flex>
            </Card>
          ) : (
            <Empty description={course.units.length === 0 ? t('courses.player.noItems') : t('courses.player.selectItem')} />
          )}
        </Col>
      </Row>
    </>
  );
}
