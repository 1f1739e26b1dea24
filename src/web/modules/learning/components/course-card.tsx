import { Card, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course } from '../../../../shared/contracts/learning/courses.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { localizedText } from './localized-text.js';

export type CourseTagsProps = { course: Course };

/** Status, audience, publication target and the fine / core flags of a course. */
export function CourseTags({ course }: CourseTagsProps) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={4}>
      <Tag color={course.status === 'published' ? 'green' : 'default'}>{t(`courses.status.${course.status}`)}</Tag>
      <Tag color={course.audience === 'teachers' ? 'purple' : 'blue'}>{t(`courses.audience.${course.audience}`)}</Tag>
      <Tag>{t(`courses.target.${course.target}`)}</Tag>
      {course.isFine ? <Tag color="gold">{t('courses.common.fine')}</Tag> : null}
      {course.isCore ? <Tag color="volcano">{t('courses.common.core')}</Tag> : null}
      {course.trainingHours > 0 ? <Tag color="cyan">{t('courses.common.trainingHours', { hours: course.trainingHours })}</Tag> : null}
    </Flex>
  );
}

export type CourseCardProps = { course: Course; actions: ReactNode; footer?: ReactNode };

export function CourseCard({ course, actions, footer }: CourseCardProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  return (
    <Card size="small" data-testid="course-card" title={localizedText(course.title, locale) || t('courses.common.untitled')} extra={actions} style={{ height: '100%' }}>
      <Flex vertical gap={8}>
        <CourseTags course={course} />
        <Typography.Text type="secondary">
          {t('courses.common.items', { count: course.itemCount })} · {t('courses.common.by', { name: course.createdByName })}
        </Typography.Text>
        {footer}
      </Flex>
    </Card>
  );
}
