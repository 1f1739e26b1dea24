import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AttemptStatus } from '../../../../shared/contracts/learning/simulations.js';

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
