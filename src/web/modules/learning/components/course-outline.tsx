import { CheckCircleFilled, FileOutlined, FormOutlined, LockOutlined, PictureOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { Flex, Progress, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseDetail, CourseItem, CourseProgress } from '../../../../shared/contracts/learning/courses.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { formatDateTime } from '../../../ui/format.js';
import { isUnitOpen } from './course-navigation.js';
import { localizedText } from './localized-text.js';

function itemIcon(item: CourseItem): ReactNode {
  if (item.kind === 'exercise_set') return <FormOutlined />;
  if (item.resourceType === 'video' || item.resourceType === 'audio') return <PlayCircleOutlined />;
  if (item.resourceType === 'image') return <PictureOutlined />;
  return <FileOutlined />;
}

export type CourseOutlineProps = {
  course: CourseDetail;
  progress: CourseProgress | undefined;
  currentItemId: string | undefined;
  now: Date;
  onSelect: (itemId: string) => void;
};

/** Units and their items, each with its done state; closed units show when they open. */
export function CourseOutline({ course, progress, currentItemId, now, onSelect }: CourseOutlineProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const done = new Set((progress?.items ?? []).filter((item) => item.completed).map((item) => item.itemId));
  const total = progress?.totalItems ?? course.units.reduce((sum, unit) => sum + unit.items.length, 0);
  const completed = progress?.completedItems ?? 0;
  return (
    <div data-testid="course-outline">
      {progress?.enrolled ? (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text data-testid="course-progress" data-done={completed} data-total={total}>
            {progress.completedAt ? t('courses.player.completed') : t('courses.player.progress', { done: completed, total })}
          </Typography.Text>
          <Progress percent={total === 0 ? 0 : Math.round((completed / total) * 100)} size="small" status={progress.completedAt ? 'success' : 'active'} />
        </div>
      ) : null}
      {course.units.length === 0 ? <Typography.Text type="secondary">{t('courses.player.noItems')}</Typography.Text> : null}
      {course.units.map((unit, unitIndex) => {
        const isOpen = isUnitOpen(unit, now);
        return (
          <div key={unit.id} style={{ marginBottom: 12 }}>
            <Flex justify="space-between" align="baseline" gap={8}>
              <Typography.Text strong>{localizedText(unit.title, locale) || t('courses.builder.unitDefault', { n: unitIndex + 1 })}</Typography.Text>
              {unit.dueAt ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('courses.player.due', { date: formatDateTime(unit.dueAt, locale) })}</Typography.Text> : null}
            </Flex>
            {!isOpen && unit.opensAt ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <LockOutlined /> {t('courses.player.notOpen', { date: formatDateTime(unit.opensAt, locale) })}
              </Typography.Text>
            ) : null}
            <Flex vertical gap={2} role="list" style={{ marginTop: 4 }}>
              {unit.items.map((item) => {
                const isCurrent = item.id === currentItemId;
                const isDone = done.has(item.id);
                const title = localizedText(item.title, locale) || t('courses.common.untitled');
                return (
                  <Tooltip key={item.id} title={isOpen ? undefined : t('courses.player.notOpen', { date: formatDateTime(unit.opensAt ?? '', locale) })}>
                    <button
                      type="button"
                      role="listitem"
                      data-testid="outline-item"
                      data-item-id={item.id}
                      data-done={isDone ? 'true' : 'false'}
                      aria-current={isCurrent ? 'step' : undefined}
                      disabled={!isOpen}
                      onClick={() => onSelect(item.id)}
                      style={{
                        display: 'flex',
                        alignItems: 'center',
                        gap: 8,
                        width: '100%',
                        textAlign: 'left',
                        padding: '6px 8px',
                        borderRadius: 6,
                        border: 'none',
                        cursor: isOpen ? 'pointer' : 'not-allowed',
                        background: isCurrent ? '#e6f4ff' : 'transparent',
                        color: isOpen ? undefined : '#bfbfbf',
                        font: 'inherit',
                      }}
                    >
                      <span style={{ color: isCurrent ? '#1677ff' : '#8c8c8c' }}>{itemIcon(item)}</span>
                      <span style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{title}</span>
                      {item.kind === 'exercise_set' ? <Tag color="purple">{t('courses.builder.picker.questions', { count: item.questionCount ?? 0 })}</Tag> : null}
                      {isDone ? <CheckCircleFilled style={{ color: '#52c41a' }} aria-label={t('courses.player.done')} /> : null}
                    </button>
                  </Tooltip>
                );
              })}
            </Flex>
          </div>
        );
      })}
    </div>
  );
}
