import { Card, Col, Flex, Row, Select, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { catalogLevels, revisionKindSchema, type Amplitude, type CatalogVersion } from '../../../../shared/contracts/catalog/catalog.js';
import { ChartCard, type ChartTable } from '../../../ui/chart-card.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { LazyEChart } from '../../../ui/lazy-echart.js';
import { useAmplitudes } from '../api/catalog.api.js';
import { amplitudeChartOption, amplitudeMethods, amplitudeRows, formatRate, type AmplitudeMethod } from './amplitude-figures.js';
import { RevisionKindTag } from './catalog-tags.js';

export type AmplitudePanelProps = { version: CatalogVersion; versions: readonly CatalogVersion[] };

function MethodFigure({ amplitude, method }: { amplitude: Amplitude; method: AmplitudeMethod }) {
  const { t } = useTranslation();
  const figure = amplitude[method];
  const counted = revisionKindSchema.options.flatMap((kind) => {
    const count = figure.counts[kind] ?? 0;
    return count > 0 ? [{ kind, count }] : [];
  });
  return (
    <Card size="small" type="inner" title={t(`catalog.amplitude.${method}`)} data-testid={`amplitude-${amplitude.level}-${method}`}>
      <Statistic
        value={formatRate(figure.rate) ?? t('catalog.amplitude.noDenominator')}
        styles={{ content: { fontSize: figure.rate === null ? 14 : 24 } }}
      />
      <Typography.Text type="secondary">{t('catalog.amplitude.fraction', { numerator: figure.numerator, denominator: figure.denominator })}</Typography.Text>
      <Flex gap={4} wrap style={{ marginTop: 8 }}>
        {counted.map(({ kind, count }) => (
          <span key={kind}>
            <RevisionKindTag kind={kind} /> {count}
          </span>
        ))}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
        {figure.definition}
      </Typography.Paragraph>
    </Card>
  );
}

/** Adjustment amplitude of a version, both definitions, with the counts behind each. */
export function AmplitudePanel({ version, versions }: AmplitudePanelProps) {
  const { t } = useTranslation();
  const [against, setAgainst] = useState<string | undefined>(undefined);
  const results = useAmplitudes(version.id, catalogLevels, against);
  const amplitudes = results.flatMap((result) => (result.data ? [result.data] : []));
  const error = results.find((result) => result.error)?.error;
  const isLoading = results.some((result) => result.isPending);
  const levelLabel = (amplitude: Amplitude) => t(`catalog.levels.${amplitude.level}`);
  const methodLabel = (method: AmplitudeMethod) => t(`catalog.amplitude.${method}`);
  const earlier = versions.filter((item) => item.id !== version.id && item.year <= version.year);

  const table: ChartTable = {
    rowKey: 'key',
    columns: [
      { key: 'level', title: t('catalog.amplitude.columns.level') },
      { key: 'method', title: t('catalog.amplitude.columns.method') },
      { key: 'rate', title: t('catalog.amplitude.columns.rate'), isNumeric: true },
      { key: 'numerator', title: t('catalog.amplitude.columns.numerator'), isNumeric: true },
      { key: 'denominator', title: t('catalog.amplitude.columns.denominator'), isNumeric: true },
    ],
    rows: amplitudeRows(amplitudes, levelLabel, methodLabel),
  };

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text>{t('catalog.amplitude.against')}</Typography.Text>
        <Select<string>
          allowClear
          value={against}
          onChange={setAgainst}
          placeholder={t('catalog.amplitude.defaultAgainst')}
          options={earlier.map((item) => ({ value: item.id, label: `${item.id} · ${item.title}` }))}
          style={{ minWidth: 280 }}
          data-testid="amplitude-against"
        />
        {amplitudes[0] ? <Tag>{`${amplitudes[0].againstVersionId} → ${amplitudes[0].versionId}`}</Tag> : null}
      </Flex>
      {error ? <ErrorAlert error={error} /> : null}
      <ChartCard
        title={t('catalog.amplitude.chartTitle')}
        chart={<LazyEChart option={amplitudeChartOption(amplitudes, levelLabel, methodLabel)} height={280} ariaLabel={t('catalog.amplitude.chartTitle')} />}
        table={table}
        isLoading={isLoading}
        testId="amplitude-chart"
      />
      <Row gutter={[12, 12]}>
        {amplitudes.map((amplitude) => (
          <Col key={amplitude.level} xs={24} lg={8}>
            <Card size="small" title={levelLabel(amplitude)}>
              <Flex vertical gap={8}>
                {amplitudeMethods.map((method) => (
                  <MethodFigure key={method} amplitude={amplitude} method={method} />
                ))}
              </Flex>
            </Card>
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
