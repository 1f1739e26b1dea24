import { Button, Card, Col, Empty, Progress, Row, Skeleton, Switch, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Course } from '../../../../shared/contracts/learning/courses.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useCourseList, useCourseProgress } from '../api/courses.api.js';
import { CourseCard } from '../components/course-card.js';

/** How far the learner is in one enrolled course (done items of all, or completed). */
function EnrolledProgress({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const progress = useCourseProgress(courseId, true).data;
  if (!progress) return null;
  const percent = progress.totalItems === 0 ? 0 : Math.round((progress.completedItems / progress.totalItems) * 100);
  return (
    <div data-testid="enrolled-progress">
      <Typography.Text type="secondary">{progress.completedAt ? t('courses.player.completed') : t('courses.player.progress', { done: progress.completedItems, total: progress.totalItems })}</Typography.Text>
      <Progress percent={percent} size="small" status={progress.completedAt ? 'success' : 'normal'} />
    </div>
  );
}

type CourseGridProps = { courses: readonly Course[] | undefined; isLoading: boolean; empty: string; actionLabel: string; testId: string; showsProgress?: boolean };

function CourseGrid({ courses, isLoading, empty, actionLabel, testId, showsProgress = false }: CourseGridProps) {
  if (isLoading) return <Skeleton active />;
  if (!courses || courses.length === 0) return <Empty description={empty} />;
  return (
    <Row gutter={[12, 12]} data-testid={testId}>
      {courses.map((course) => (
        <Col key={course.id} xs={24} md={12} xl={8}>
          <CourseCard
            course={course}
            actions={
              <Link to={`/learning/courses/${course.id}`}>
                <Button type="link" size="small">
                  {actionLabel}
                </Button>
              </Link>
            }
            footer={showsProgress ? <EnrolledProgress courseId={course.id} /> : undefined}
          />
        </Col>
      ))}
    </Row>
  );
}

/** Courses the learner joined (resume) and open courses to join, fine courses on request. */
export function MyCoursesPage() {
  const { t } = useTranslation();
  const [isFineOnly, setFineOnly] = useState(false);
  const enrolled = useCourseList('mine');
  const open = useCourseList('open', { fine: isFineOnly });
  const enrolledIds = new Set((enrolled.data?.items ?? []).map((course) => course.id));
  return (
    <>
      <PageHeader title={t('courses.mine.title')} subtitle={t('courses.mine.subtitle')} />
      {enrolled.error ? <ErrorAlert error={enrolled.error} onRetry={() => void enrolled.refetch()} /> : null}
      <Card title={t('courses.mine.enrolled')} style={{ marginBottom: 16 }}>
        <CourseGrid courses={enrolled.data?.items} isLoading={enrolled.isLoading} empty={t('courses.mine.emptyEnrolled')} actionLabel={t('courses.mine.continue')} testId="enrolled-courses" showsProgress />
      </Card>
      <Card
        title={t('courses.mine.open')}
        extra={
          <Space>
            <Typography.Text>{t('courses.mine.fineOnly')}</Typography.Text>
            <Switch checked={isFineOnly} onChange={setFineOnly} aria-label={t('courses.mine.fineOnly')} />
          </Space>
        }
      >
        {open.error ? <ErrorAlert error={open.error} onRetry={() => void open.refetch()} /> : null}
        <CourseGrid courses={open.data?.items.filter((course) => !enrolledIds.has(course.id))} isLoading={open.isLoading} empty={t('courses.mine.emptyOpen')} actionLabel={t('courses.mine.view')} testId="open-courses" />
      </Card>
    </>
  );
}
