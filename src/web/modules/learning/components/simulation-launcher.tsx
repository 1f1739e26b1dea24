import { Alert, Button, Card, Descriptions, Flex, Progress, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimulationAttempt, SimulationLaunch } from '../../../../shared/contracts/learning/simulations.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatDateTime } from '../../../ui/format.js';
import { reportSimulationEvents, useLaunchSimulation, useRefreshAttempts } from '../api/simulations.api.js';
import { parseSimulationMessage, replyTo } from './simulation-bridge.js';
import { AttemptStatusTag, formatDuration } from './simulation-attempt-view.js';

export type SimulationLauncherProps = {
  resourceId: string;
  /** Opaque ids of the course and course item the simulation is launched from (recorded with the attempt and in its statements). */
  courseId?: string;
  courseItemId?: string;
  /** Called once when the package completes the attempt. */
  onFinished?: (attempt: SimulationAttempt) => void;
  /** Shown in the frame's title. */
  title?: string;
};

const frameStyle = { width: '100%', height: 540, border: '1px solid #f0f0f0', borderRadius: 8, background: '#fff' } as const;

/**
 * Launches a virtual simulation: creates an attempt, frames the package in an
 * `<iframe sandbox="allow-scripts">` (no same-origin: it cannot reach this page, the session or
 * storage) and relays its LubanSim calls to the API in order, after checking each message comes
 * from that frame with the launch credential.
 */
export function SimulationLauncher({ resourceId, courseId, courseItemId, onFinished, title }: SimulationLauncherProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const launchMutation = useLaunchSimulation();
  const refresh = useRefreshAttempts();
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [launch, setLaunch] = useState<SimulationLaunch | null>(null);
  const [attempt, setAttempt] = useState<SimulationAttempt | null>(null);
  const [reportError, setReportError] = useState<string | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const finishedRef = useRef(onFinished);
  finishedRef.current = onFinished;

  const start = useCallback(() => {
    setReportError(null);
    launchMutation.mutate(
      { resourceId, ...(courseId ? { courseId } : {}), ...(courseItemId ? { courseItemId } : {}) },
      {
        onSuccess: (launched) => {
          setLaunch(launched);
          setAttempt(launched.attempt);
          refresh();
        },
      },
    );
  }, [launchMutation, resourceId, courseId, courseItemId, refresh]);

  useEffect(() => {
    if (!launch) return undefined;
    const onMessage = (event: MessageEvent) => {
      const frame = frameRef.current?.contentWindow;
      const received = parseSimulationMessage(event, frame, launch);
      if (!received || !frame) return;
      const { id, call } = received;
      if (call.kind === 'xapi') {
        const endpoint = new URL(launch.xapi.endpoint, window.location.href).href;
        replyTo(frame, launch, id, { ok: true, result: { ...launch.xapi, endpoint, actor: { objectType: 'Agent', account: { homePage: 'https://luban.local/users', name: launch.attempt.learnerId } } } });
        return;
      }
      // one report at a time, in the order the package made them
      queue.current = queue.current.then(async () => {
        try {
          const updated = await reportSimulationEvents(launch, [call]);
          setAttempt(updated);
          replyTo(frame, launch, id, { ok: true, result: updated });
          if (updated.finishedAt !== null) {
            refresh();
            finishedRef.current?.(updated);
          }
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          setReportError(message);
          replyTo(frame, launch, id, { ok: false, error: message });
        }
      });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [launch, refresh]);

  const isFinished = attempt?.finishedAt !== null && attempt?.finishedAt !== undefined;
  return (
    <Card
      size="small"
      data-testid="simulation-launcher"
      title={
        <Flex gap={8} align="center" wrap>
          {attempt ? <AttemptStatusTag status={attempt.status} /> : null}
          {courseId ? <Tag>{t('simulations.launcher.courseContext')}</Tag> : null}
        </Flex>
      }
      extra={
        <Button type={launch ? 'default' : 'primary'} loading={launchMutation.isPending} onClick={start} data-testid="simulation-start">
          {launch ? t('simulations.launcher.restart') : t('simulations.launcher.start')}
        </Button>
      }
    >
      {launchMutation.error ? <ErrorAlert error={launchMutation.error} /> : null}
      <Alert type="info" showIcon message={t('simulations.launcher.sandboxNotice')} style={{ marginBottom: 12 }} />
      {reportError ? <Alert type="warning" showIcon message={t('simulations.launcher.reportFailed', { message: reportError })} style={{ marginBottom: 12 }} /> : null}
      {attempt ? (
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('simulations.launcher.progress')}>
            <Progress percent={Math.round(attempt.progress * 100)} size="small" style={{ width: 140 }} data-testid="simulation-progress" />
          </Descriptions.Item>
          <Descriptions.Item label={t('simulations.launcher.score')}>
            <span data-testid="simulation-score">{attempt.score ? `${attempt.score.raw} / ${attempt.score.max}` : t('simulations.launcher.noScore')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('simulations.launcher.duration')}>{formatDuration(attempt.durationSeconds, t)}</Descriptions.Item>
          <Descriptions.Item label={t('simulations.launcher.status')}>{isFinished ? t('simulations.launcher.finished') : launch ? t('simulations.launcher.expiresAt', { time: formatDateTime(launch.expiresAt, locale) }) : null}</Descriptions.Item>
        </Descriptions>
      ) : null}
      {launch ? (
        <iframe
          key={launch.attempt.id}
          ref={frameRef}
          title={t('simulations.launcher.frameTitle', { title: title ?? '' })}
          src={launch.entryUrl}
          sandbox="allow-scripts"
          referrerPolicy="no-referrer"
          allow=""
          style={frameStyle}
          data-testid="simulation-frame"
        />
      ) : (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {launchMutation.isPending ? t('simulations.launcher.starting') : null}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
