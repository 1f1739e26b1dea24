import { Descriptions, Drawer, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BrowsedStatement } from '../../../../shared/contracts/lrs/statement-browse.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { formatTimestamp } from '../../../ui/format.js';
import { useIsMobile } from '../../../ui/use-is-mobile.js';

export type StatementDrawerProps = {
  statement: BrowsedStatement | null;
  onClose: () => void;
};

/** One statement: its identifiers and times, and the whole statement as the LRS returns it. */
export function StatementDrawer({ statement, onClose }: StatementDrawerProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const isMobile = useIsMobile();
  const json = statement ? JSON.stringify(statement.statement, null, 2) : '';
  const mono = { fontSize: 12, wordBreak: 'break-all' } as const;
  return (
    <Drawer
      open={statement !== null}
      onClose={onClose}
      title={t('lrs.statements.drawer.title')}
      size={isMobile ? 'default' : 'large'}
      extra={statement?.isVoided ? <Tag color="red">{t('lrs.statements.voided')}</Tag> : null}
      data-testid="lrs-statement-drawer"
    >
      {statement ? (
        <>
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'id', label: t('lrs.statements.drawer.id'), children: <Typography.Text copyable style={mono}>{statement.id}</Typography.Text> },
              { key: 'stored', label: t('lrs.statements.drawer.stored'), children: formatTimestamp(statement.stored, locale) },
              { key: 'timestamp', label: t('lrs.statements.drawer.timestamp'), children: statement.timestamp ? formatTimestamp(statement.timestamp, locale) : '—' },
              { key: 'registration', label: t('lrs.statements.drawer.registration'), children: <span style={mono}>{statement.registration ?? '—'}</span> },
            ]}
          />
          <Typography.Title level={5}>
            <Typography.Text copyable={{ text: json, tooltips: [t('lrs.statements.drawer.copy'), t('lrs.clients.secret.copied')] }}>
              {t('lrs.statements.drawer.json')}
            </Typography.Text>
          </Typography.Title>
          <pre style={{ ...mono, margin: 0, whiteSpace: 'pre-wrap', background: 'rgba(0,0,0,0.03)', padding: 12, borderRadius: 6 }} data-testid="lrs-statement-json">
            {json}
          </pre>
        </>
      ) : null}
    </Drawer>
  );
}
