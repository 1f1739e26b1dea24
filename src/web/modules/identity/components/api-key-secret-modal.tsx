import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreatedApiKey } from '../../../../shared/contracts/platform/users.js';

export type ApiKeySecretModalProps = {
  /** The key just created; its secret exists only in this object. */
  apiKey: CreatedApiKey | null;
  onClose: () => void;
};

/** Shows a new key's secret exactly once, with a copy button. */
export function ApiKeySecretModal({ apiKey, onClose }: ApiKeySecretModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={apiKey !== null}
      title={t('identity.apiKeys.secret.title')}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose} data-testid="api-key-secret-done">
          {t('identity.apiKeys.secret.done')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('identity.apiKeys.secret.warning')} style={{ marginBottom: 16 }} />
      {apiKey ? (
        <>
          <Typography.Text strong>{apiKey.name}</Typography.Text>
          <Typography.Paragraph
            copyable={{ text: apiKey.secret, tooltips: [t('actions.copy'), t('identity.apiKeys.secret.copied')] }}
            code
            style={{ marginTop: 8, wordBreak: 'break-all', fontSize: 13 }}
            data-testid="api-key-secret"
          >
            {apiKey.secret}
          </Typography.Paragraph>
        </>
      ) : null}
    </Modal>
  );
}
