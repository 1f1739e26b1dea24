import { Alert, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogLevel, RevisionKind } from '../../../../shared/contracts/catalog/catalog.js';

const levelColors: Record<CatalogLevel, string> = { secondary: 'cyan', higher: 'blue', undergraduate: 'purple' };
const revisionColors: Record<RevisionKind, string> = {
  added: 'green',
  renamed: 'gold',
  merged: 'geekblue',
  discontinued: 'red',
  regrouped: 'orange',
  split: 'magenta',
  kept: 'default',
};

export function LevelTag({ level }: { level: CatalogLevel }) {
  const { t } = useTranslation();
  return <Tag color={levelColors[level]}>{t(`catalog.levels.${level}`)}</Tag>;
}

export function RevisionKindTag({ kind }: { kind: RevisionKind }) {
  const { t } = useTranslation();
  return <Tag color={revisionColors[kind]}>{t(`catalog.revisions.kinds.${kind}`)}</Tag>;
}

/** Marks sample data whose codes are not official. */
export function SampleTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('catalog.sampleAlert')}>
      <Tag color="orange" data-testid="catalog-sample-tag">
        {t('catalog.sampleTag')}
      </Tag>
    </Tooltip>
  );
}

export function SampleCatalogAlert() {
  const { t } = useTranslation();
  return <Alert type="warning" showIcon title={t('catalog.sampleAlert')} style={{ marginBottom: 16 }} data-testid="catalog-sample-alert" />;
}

/** Codes as monospace tags, e.g. predecessor and successor codes of a change record. */
export function CodeList({ codes }: { codes: readonly string[] }) {
  if (codes.length === 0) return <>—</>;
  return (
    <>
      {codes.map((code) => (
        <Tag key={code} style={{ fontFamily: 'monospace', marginBlock: 2, whiteSpace: 'nowrap' }}>
          {code}
        </Tag>
      ))}
    </>
  );
}
