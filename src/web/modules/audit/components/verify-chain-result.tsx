import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditVerification } from '../../../../shared/contracts/platform/audit.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { formatTimestamp } from '../../../ui/format.js';

type ChainProblem = AuditVerification['problems'][number];

export type VerifyChainResultProps = {
  result: AuditVerification;
  onClose: () => void;
};

function useDescribeProblem() {
  const { t } = useTranslation();
  return (problem: ChainProblem): string => {
    switch (problem.kind) {
      case 'altered':
        return t('audit.verify.problems.altered', { seq: problem.seq });
      case 'missing':
        return t('audit.verify.problems.missing', { fromSeq: problem.fromSeq, toSeq: problem.toSeq });
      case 'broken_link':
        return t('audit.verify.problems.broken_link', { seq: problem.seq });
      case 'head_mismatch':
        return t('audit.verify.problems.head_mismatch', { headSeq: problem.headSeq, lastSeq: problem.lastSeq });
    }
  };
}

export function VerifyChainResult({ result, onClose }: VerifyChainResultProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const describe = useDescribeProblem();
  const counts = { checked: result.checked, lastSeq: result.lastSeq };
  const verifiedAt = t('audit.verify.verifiedAt', { at: formatTimestamp(result.verifiedAt, locale) });

  return (
    <Alert
      type={result.isIntact ? 'success' : 'error'}
      showIcon
      closable={{ onClose }}
      title={result.isIntact ? t('audit.verify.intactTitle') : t('audit.verify.brokenTitle')}
      data-testid="audit-verify-result"
      data-intact={result.isIntact}
      description={
        <>
          <div>{result.isIntact ? t('audit.verify.intactText', counts) : t('audit.verify.brokenText', counts)}</div>
          {result.problems.length > 0 ? (
            <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
              {result.problems.map((problem, index) => (
                <li key={`${problem.kind}-${index}`}>{describe(problem)}</li>
              ))}
            </ul>
          ) : null}
          <div style={{ opacity: 0.75, fontSize: 12 }}>{verifiedAt}</div>
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
