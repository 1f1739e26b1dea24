import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Warning, WarningAction } from '../../../../../shared/contracts/governance/warnings.js';
import { WarningActionModal } from './warning-action-modal.js';

/** The lifecycle steps the server offers the caller now, as buttons. */
export function WarningActions({ warning, size = 'middle' }: { warning: Warning; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<WarningAction | null>(null);
  return (
    <>
      <Space size={4} wrap>
        {warning.availableActions.map((step) => (
          <Button
            key={step}
            size={size}
            type={step === 'escalate' ? 'default' : 'primary'}
            onClick={() => setAction(step)}
            data-testid={`warning-action-${step}`}
          >
            {t(`warnings.actionLabels.${step}`)}
          </Button>
        ))}
      </Space>
      <WarningActionModal warning={warning} action={action} onClose={() => setAction(null)} />
    </>
  );
}
