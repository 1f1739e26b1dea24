import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilingAction, FilingItem } from '../../../../../shared/contracts/governance/filings.js';
import { FilingActionModal } from './filing-action-modal.js';

export type FilingActionsProps = {
  item: FilingItem;
  /** Opens the edit drawer; shown when the server offers `update`. */
  onEdit?: () => void;
  size?: 'small' | 'middle';
};

const dangerous: ReadonlySet<FilingAction> = new Set(['return', 'reject']);

/** The steps the server says the caller may take now, as buttons; each opens its confirmation. */
export function FilingActions({ item, onEdit, size = 'middle' }: FilingActionsProps) {
  const { t } = useTranslation();
  const [action, setAction] = useState<FilingAction | null>(null);
  const steps = item.availableActions.filter((available): available is FilingAction => available !== 'update');
  const canEdit = item.availableActions.includes('update') && onEdit;

  return (
    <>
      <Space size={4} wrap>
        {canEdit ? (
          <Button size={size} onClick={onEdit} data-testid="filing-action-update">
            {t('filings.actionLabels.update')}
          </Button>
        ) : null}
        {steps.map((step) => (
          <Button
            key={step}
            size={size}
            type={dangerous.has(step) ? 'default' : 'primary'}
            danger={dangerous.has(step)}
            onClick={() => setAction(step)}
            data-testid={`filing-action-${step}`}
          >
            {t(`filings.actionLabels.${step}`)}
          </Button>
        ))}
      </Space>
      <FilingActionModal item={item} action={action} onClose={() => setAction(null)} />
    </>
  );
}
