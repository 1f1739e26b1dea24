import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useMyAttempts } from '../api/simulations.api.js';
import { AttemptsTable } from '../components/simulation-attempt-view.js';

/** Every simulation attempt of the signed-in user, newest first. */
export function SimulationAttemptsPage() {
  const { t } = useTranslation();
  const attempts = useMyAttempts();
  return (
    <>
      <PageHeader title={t('simulations.attempts.title')} subtitle={t('simulations.attempts.subtitle')} backTo="/learning/simulations" />
      {attempts.error ? <ErrorAlert error={attempts.error} onRetry={() => void attempts.refetch()} /> : null}
      <Card data-testid="simulation-attempts">
        <AttemptsTable attempts={attempts.data?.items ?? []} loading={attempts.isLoading} show={{ simulation: true }} />
      </Card>
    </>
  );
}
