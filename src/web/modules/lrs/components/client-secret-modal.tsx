import { Alert, Button, Descriptions, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreatedLrsClient } from '../../../../shared/contracts/lrs/clients.js';

export type ClientSecretModalProps = {
  /** The client just created; its secret exists only in this object. */
  client: CreatedLrsClient | null;
  onClose: () => void;
};

/** The endpoint, key and secret of a new client, shown exactly once. */
export function ClientSecretModal({ client, onClose }: ClientSecretModalProps) {
  const { t } = useTranslation();
  const copyable = (text: string) => ({ text, tooltips: [t('actions.copy'), t('lrs.clients.secret.copied')] });
  const mono = { wordBreak: 'break-all', fontSize: 13, margin: 0 } as const;
  return (
    <Modal
      open={client !== null}
      title={t('lrs.clients.secret.title')}
      onCancel={onClose}
      mask={{ closable: false }}
      width={600}
      footer={
        <Button type="primary" onClick={onClose} data-testid="lrs-secret-done">
          {t('lrs.clients.secret.done')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('lrs.clients.secret.warning')} style={{ marginBottom: 16 }} />
      {client ? (
        <Descriptions
          column={1}
          size="small"
          bordered
          items={[
            {
              key: 'endpoint',
              label: t('lrs.clients.secret.endpoint'),
              children: (
                <Typography.Paragraph copyable={copyable(`${window.location.origin}/xapi`)} code style={mono}>
                  {`${window.location.origin}/xapi`}
                </Typography.Paragraph>
              ),
            },
            {
              key: 'key',
              label: t('lrs.clients.secret.key'),
              children: (
                <Typography.Paragraph copyable={copyable(client.key)} code style={mono} data-testid="lrs-secret-key">
                  {client.key}
                </Typography.Paragraph>
              ),
            },
            {
              key: 'secret',
              label: t('lrs.clients.secret.secret'),
              children: (
                <Typography.Paragraph copyable={copyable(client.secret)} code style={mono} data-testid="lrs-secret-value">
                  {client.secret}
                </Typography.Paragraph>
              ),
            },
          ]}
        />
      ) : null}
    </Modal>
  );
}
