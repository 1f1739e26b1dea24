import { Progress, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AttemptStatus, SimulationAttempt } from '../../../../shared/contracts/learning/simulations.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { formatDateTime } from '../../../ui/format.js';
import { localizedText } from './localized-text.js';

const statusColors: Record<AttemptStatus, string> = { launched: 'default', in_progress: 'processing', completed: 'blue', passed: 'success', failed: 'error' };

export type AttemptStatusTagProps = { status: AttemptStatus };

export function AttemptStatusTag({ status }: AttemptStatusTagProps) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColors[status]} data-testid="simulation-status">
      {t(`simulations.statuses.${status}`)}
    </Tag>
  );
}

/** "42 s" or "3 min 5 s". */
export function formatDuration(seconds: number, t: TFunction): string {
  if (seconds < 60) return t('simulations.attempts.seconds', { count: seconds });
  return t('simulations.attempts.minutes', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
}

/** "84 / 100 (84 %)", or the empty mark when the package reported no score. */
export function formatScore(score: SimulationAttempt['score'], t: TFunction): string {
  if (!score) return t('simulations.launcher.noScore');
  return t('simulations.attempts.scoreValue', { raw: score.raw, max: score.max, percent: Math.round(score.scaled * 100) });
}

export type AttemptsTableProps = {
  attempts: readonly SimulationAttempt[];
  loading?: boolean;
  /** Which optional columns to show: the simulation (with a link to it) and the learner's name. */
  show?: { simulation?: boolean; learner?: boolean };
  emptyText?: string;
};

/** Attempts with their status, progress, score, time on task, start time and course context. */
export function AttemptsTable({ attempts, loading = false, show = {}, emptyText }: AttemptsTableProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const columns: TableColumnsType<SimulationAttempt> = [
    ...(show.simulation
      ? [{ key: 'simulation', title: t('simulations.attempts.columns.simulation'), width: 260, render: (_value: unknown, attempt: SimulationAttempt) => <Link to={`/learning/simulations/${attempt.resourceId}`}>{localizedText(attempt.resourceTitle, locale)}</Link> }]
      : []),
    ...(show.learner ? [{ key: 'learner', title: t('simulations.attempts.columns.learner'), width: 140, dataIndex: 'learnerName' }] : []),
    { key: 'status', title: t('simulations.attempts.columns.status'), width: 110, render: (_value, attempt) => <AttemptStatusTag status={attempt.status} /> },
    { key: 'progress', title: t('simulations.attempts.columns.progress'), width: 160, render: (_value, attempt) => <Progress percent={Math.round(attempt.progress * 100)} size="small" /> },
    { key: 'score', title: t('simulations.attempts.columns.score'), width: 150, render: (_value, attempt) => <span data-testid="attempt-score">{formatScore(attempt.score, t)}</span> },
    { key: 'duration', title: t('simulations.attempts.columns.duration'), width: 120, render: (_value, attempt) => <span data-testid="attempt-duration">{formatDuration(attempt.durationSeconds, t)}</span> },
    { key: 'startedAt', title: t('simulations.attempts.columns.startedAt'), width: 180, render: (_value, attempt) => formatDateTime(attempt.startedAt, locale) },
    { key: 'course', title: t('simulations.attempts.columns.course'), width: 130, render: (_value, attempt) => (attempt.courseId ? <Tag>{t('simulations.launcher.courseContext')}</Tag> : '—') },
  ];
  return (
    <Table
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={[...attempts]}
      locale={{ emptyText: emptyText ?? t('simulations.page.noAttempts') }}
      pagination={attempts.length > 20 ? { pageSize: 20 } : false}
      scroll={{ x: 800 }}
    />
  );
}
