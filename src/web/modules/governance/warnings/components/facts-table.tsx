import { Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FindingFact } from '../../../../../shared/contracts/governance/findings.js';
import { useCurrentLocale } from '../../../../app/i18n/i18n.js';
import { formatFactValue, formatThreshold, indicatorLabel } from './fact-format.js';

type KeyedFact = FindingFact & { key: number };

export type FactsTableProps = {
  facts: readonly FindingFact[];
};

function yearsOf(fact: FindingFact): string {
  if (fact.year !== null) return String(fact.year);
  if (fact.years && fact.years.length > 0) return fact.years.join('+');
  return '—';
}

function count(value: number | null): string {
  return value === null ? '—' : value.toLocaleString();
}

/** The numbers behind a warning: one row per indicator and year, numerator and denominator as counted. */
export function FactsTable({ facts }: FactsTableProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  // Only rank benchmarks have a percentile: the column shows when one of the facts has it.
  const hasPercentile = facts.some((fact) => fact.percentile !== undefined);
  const percentileColumns: TableColumnsType<KeyedFact> = hasPercentile
    ? [
        {
          key: 'percentile',
          title: t('warnings.facts.percentile'),
          align: 'right',
          width: 70,
          render: (_v, fact) => (fact.percentile === undefined ? '—' : `P${Math.round(fact.percentile * 100)}`),
        },
      ]
    : [];
  const columns: TableColumnsType<KeyedFact> = [
    { key: 'indicator', title: t('warnings.facts.indicator'), render: (_v, fact) => indicatorLabel(fact.indicator, locale), width: 170 },
    { key: 'year', title: t('warnings.facts.year'), render: (_v, fact) => yearsOf(fact), width: 70 },
    { key: 'numerator', title: t('warnings.facts.numerator'), align: 'right', render: (_v, fact) => count(fact.numerator), width: 80 },
    { key: 'denominator', title: t('warnings.facts.denominator'), align: 'right', render: (_v, fact) => count(fact.denominator), width: 80 },
    {
      key: 'value',
      title: t('warnings.facts.value'),
      align: 'right',
      width: 90,
      render: (_v, fact) =>
        fact.value === null ? <Typography.Text type="secondary">{t('warnings.facts.insufficient')}</Typography.Text> : formatFactValue(fact, locale),
    },
    { key: 'threshold', title: t('warnings.facts.threshold'), render: (_v, fact) => formatThreshold(fact, locale), width: 90 },
    ...percentileColumns,
    {
      key: 'met',
      title: t('warnings.facts.met'),
      width: 80,
      render: (_v, fact) => (fact.isMet ? <Tag color="red">{t('warnings.facts.metYes')}</Tag> : <Tag>{t('warnings.facts.metNo')}</Tag>),
    },
  ];
  return (
    <Table<KeyedFact>
      rowKey="key"
      columns={columns}
      dataSource={facts.map((fact, index) => ({ ...fact, key: index }))}
      pagination={false}
      size="small"
      scroll={{ x: hasPercentile ? 730 : 660 }}
      locale={{ emptyText: t('warnings.facts.empty') }}
      data-testid="warning-facts"
    />
  );
}
