import { CheckOutlined, LinkOutlined } from '@ant-design/icons';
import { Button, Flex, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CourseItem, ProgressInput } from '../../../../shared/contracts/learning/courses.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { saveProgressQuietly, useLearnerAction } from '../api/courses.api.js';
import { useResource } from '../api/learning.api.js';
import { formatPlaybackTime } from './course-navigation.js';
import { ResourcePreview, type MediaEvents } from './resource-preview.js';

/** Seconds between position saves while a video plays. */
const SAVE_EVERY_SECONDS = 10;

/**
 * Where the learner is in a video: seeks to the saved position once the metadata is in, saves the
 * position every few seconds of playback and on pause, completes the item at the end, and saves
 * the last position when the item is left.
 */
function useMediaProgress(courseId: string, itemId: string, savedPosition: number | null, isEnrolled: boolean) {
  const action = useLearnerAction(courseId);
  const [resumedAt, setResumedAt] = useState<number | null>(null);
  const state = useRef({ lastSaved: savedPosition ?? 0, position: savedPosition ?? 0, previousTime: null as number | null, watched: 0, isComplete: false });

  useEffect(() => {
    const current = state.current;
    return () => {
      // leaving the item (another item, another page): keep where the learner stopped
      if (isEnrolled && !current.isComplete && Math.abs(current.position - current.lastSaved) >= 1) {
        void saveProgressQuietly(courseId, itemId, { position: current.position, durationSeconds: current.watched }).catch(() => undefined);
      }
    };
  }, [courseId, itemId, isEnrolled]);

  const save = (input: ProgressInput) => {
    if (!isEnrolled) return;
    state.current.lastSaved = input.position ?? state.current.lastSaved;
    action.mutate({ kind: 'progress', itemId, input: { ...input, durationSeconds: Math.round(state.current.watched * 10) / 10 } });
  };

  const events: MediaEvents = {
    onLoadedMetadata: (event: SyntheticEvent<HTMLMediaElement>) => {
      const media = event.currentTarget;
      const position = savedPosition ?? 0;
      const hasRoom = !Number.isFinite(media.duration) || position < media.duration - 1;
      if (position >= 1 && hasRoom) {
        media.currentTime = position;
        setResumedAt(position);
      }
    },
    onTimeUpdate: (event: SyntheticEvent<HTMLMediaElement>) => {
      const media = event.currentTarget;
      const current = state.current;
      const delta = current.previousTime === null ? 0 : media.currentTime - current.previousTime;
      // only time actually played counts as watched (not a seek)
      if (!media.paused && !media.seeking && delta > 0 && delta < 2) current.watched += delta;
      current.previousTime = media.currentTime;
      current.position = media.currentTime;
      if (!media.paused && media.currentTime - current.lastSaved >= SAVE_EVERY_SECONDS) save({ position: media.currentTime });
    },
    onPause: (event: SyntheticEvent<HTMLMediaElement>) => {
      const media = event.currentTarget;
      if (!media.ended && Math.abs(media.currentTime - state.current.lastSaved) >= 1) save({ position: media.currentTime });
    },
    onEnded: (event: SyntheticEvent<HTMLMediaElement>) => {
      state.current.isComplete = true;
      save({ position: event.currentTarget.currentTime, completed: true });
    },
  };
  return { events, resumedAt, action };
}

export type ResourceItemPlayerProps = {
  courseId: string;
  item: CourseItem & { resourceId: string };
  isEnrolled: boolean;
  isDone: boolean;
  savedPosition: number | null;
};

/** A resource item of a course: the library preview (video, PDF, image, H5), progress and "mark done". */
export function ResourceItemPlayer({ courseId, item, isEnrolled, isDone, savedPosition }: ResourceItemPlayerProps) {
  const { t } = useTranslation();
  const resource = useResource(item.resourceId, { inCourse: true });
  const { events, resumedAt, action } = useMediaProgress(courseId, item.id, savedPosition, isEnrolled);
  if (resource.error) return <ErrorAlert error={resource.error} onRetry={() => void resource.refetch()} />;
  if (!resource.data) return <Skeleton active />;
  return (
    <div data-testid="resource-item">
      <ResourcePreview resource={resource.data} mediaEvents={events} />
      {action.error ? <ErrorAlert error={action.error} /> : null}
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 12 }}>
        <Flex gap={8} align="center" wrap>
          {resumedAt !== null ? (
            <Typography.Text type="secondary" data-testid="resumed-at">
              {t('courses.player.resumedAt', { time: formatPlaybackTime(resumedAt) })}
            </Typography.Text>
          ) : null}
          <Link to={`/learning/resources/${item.resourceId}`}>
            <Button type="link" size="small" icon={<LinkOutlined />}>
              {t('courses.player.openResource')}
            </Button>
          </Link>
        </Flex>
        {isDone ? (
          <Tag color="success" icon={<CheckOutlined />} data-testid="item-done">
            {t('courses.player.itemDone')}
          </Tag>
        ) : isEnrolled ? (
          <Button icon={<CheckOutlined />} loading={action.isPending && action.variables.kind === 'progress'} onClick={() => action.mutate({ kind: 'progress', itemId: item.id, input: { completed: true } })} data-testid="mark-done">
            {t('courses.player.markDone')}
          </Button>
        ) : null}
      </Flex>
    </div>
  );
}
