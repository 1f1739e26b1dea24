import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CourseItem } from '../../../../shared/contracts/learning/courses.js';
import type { SimulationAttempt } from '../../../../shared/contracts/learning/simulations.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { useMyAttempts } from '../api/simulations.api.js';
import { localizedText } from './localized-text.js';
import { AttemptsTable } from './simulation-attempt-view.js';
import { SimulationLauncher } from './simulation-launcher.js';

export type CourseSimulationItemProps = {
  courseId: string;
  /** A course item whose `resourceType` is `virtual_simulation`. */
  item: Pick<CourseItem, 'id' | 'resourceId' | 'resourceType' | 'title'>;
  /** Called when the package finishes an attempt (e.g. to mark the item's progress). */
  onFinished?: (attempt: SimulationAttempt) => void;
};

/**
 * A virtual simulation inside the course player: the launcher with the course and item as the
 * attempt's context (recorded with the attempt and as the parent activity of its xAPI
 * statements), and the learner's earlier attempts from this course item.
 */
export function CourseSimulationItem({ courseId, item, onFinished }: CourseSimulationItemProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const attempts = useMyAttempts(item.resourceId ?? undefined);
  if (!item.resourceId || item.resourceType !== 'virtual_simulation') return <Alert type="warning" showIcon message={t('simulations.courseItem.notSimulation')} />;
  const title = localizedText(item.title, locale);
  const earlier = (attempts.data?.items ?? []).filter((attempt) => attempt.courseId === courseId && attempt.courseItemId === item.id);
  return (
    <Flex vertical gap={12} data-testid="course-simulation-item">
      <SimulationLauncher resourceId={item.resourceId} courseId={courseId} courseItemId={item.id} title={title} {...(onFinished ? { onFinished } : {})} />
      <Typography.Text strong>{t('simulations.courseItem.earlier')}</Typography.Text>
      <AttemptsTable attempts={earlier} loading={attempts.isLoading} />
      <Link to={`/learning/simulations/${item.resourceId}`}>{t('simulations.courseItem.openPage')}</Link>
    </Flex>
  );
}
