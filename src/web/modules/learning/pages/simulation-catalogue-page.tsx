import { ExperimentOutlined, HistoryOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Input, Row, Select, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { resourceLevels, type ResourceLevel } from '../../../../shared/contracts/learning/resources.js';
import type { Simulation } from '../../../../shared/contracts/learning/simulations.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatDateTime } from '../../../ui/format.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useDebouncedValue } from '../../../ui/use-debounced-value.js';
import { useSimulations, type SimulationFilters } from '../api/simulations.api.js';
import { localizedText } from '../components/localized-text.js';
import { languageLabel, simulationLanguages } from '../components/simulation-labels.js';

function SimulationCard({ simulation }: { simulation: Simulation }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const navigate = useNavigate();
  const title = localizedText(simulation.title, locale);
  const description = localizedText(simulation.description, locale);
  const path = `/learning/simulations/${simulation.id}`;
  return (
    <Card
      size="small"
      data-testid="simulation-card"
      title={
        <Link to={path} title={title}>
          {title}
        </Link>
      }
      style={{ height: '100%' }}
      actions={[
        <Button key="open" type="link" icon={<ExperimentOutlined />} disabled={!simulation.hasPackage} onClick={() => void navigate(path)} data-testid="simulation-open">
          {simulation.hasPackage ? t('simulations.catalogue.open') : t('simulations.catalogue.noPackage')}
        </Button>,
      ]}
    >
      <Flex vertical gap={8}>
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }} style={{ margin: 0, minHeight: 66 }}>
          {description || '—'}
        </Typography.Paragraph>
        <Flex wrap gap={4}>
          <Tag color="blue">{t(`learning.levels.${simulation.level}`)}</Tag>
          <Tag>{languageLabel(simulation.language, t)}</Tag>
          {simulation.programCodes.map((code) => (
            <Tag key={code} color="geekblue">
              {code}
            </Tag>
          ))}
          {simulation.knowledgePoints.slice(0, 4).map((point) => (
            <Tag key={point} color="cyan">
              {point}
            </Tag>
          ))}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('simulations.catalogue.published', { date: formatDateTime(simulation.publishedAt, locale) })}
        </Typography.Text>
      </Flex>
    </Card>
  );
}

/** The catalogue of published simulations the user may see, with search, level, language and program filters. */
export function SimulationCataloguePage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [program, setProgram] = useState('');
  const [level, setLevel] = useState<ResourceLevel | undefined>(undefined);
  const [language, setLanguage] = useState<string | undefined>(undefined);
  const filters: SimulationFilters = {
    q: useDebouncedValue(text.trim()) || undefined,
    program: useDebouncedValue(program.trim()) || undefined,
    level,
    language,
  };
  const list = useSimulations(filters);
  const items = list.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('simulations.catalogue.title')}
        subtitle={t('simulations.catalogue.subtitle')}
        extra={
          <Link to="/learning/simulations/attempts">
            <Button icon={<HistoryOutlined />}>{t('simulations.page.myAttempts')}</Button>
          </Link>
        }
      />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Input.Search value={text} onChange={(event) => setText(event.target.value)} onSearch={(value) => setText(value)} placeholder={t('simulations.catalogue.search')} aria-label={t('simulations.catalogue.search')} allowClear style={{ maxWidth: 420 }} data-testid="simulation-search" />
        <Select
          value={level ?? ''}
          onChange={(value: string) => setLevel(resourceLevels.find((candidate) => candidate === value))}
          aria-label={t('simulations.catalogue.level')}
          style={{ minWidth: 150 }}
          options={[{ value: '', label: t('simulations.catalogue.anyLevel') }, ...resourceLevels.map((value) => ({ value, label: t(`learning.levels.${value}`) }))]}
        />
        <Select
          value={language ?? ''}
          onChange={(value: string) => setLanguage(value || undefined)}
          aria-label={t('simulations.catalogue.language')}
          style={{ minWidth: 130 }}
          options={[{ value: '', label: t('simulations.catalogue.anyLanguage') }, ...simulationLanguages.map((value) => ({ value, label: languageLabel(value, t) }))]}
        />
        <Input value={program} onChange={(event) => setProgram(event.target.value)} placeholder={t('simulations.catalogue.program')} aria-label={t('simulations.catalogue.program')} allowClear maxLength={40} style={{ width: 160 }} />
      </Flex>
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isLoading ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Card>
          <Empty description={t('simulations.catalogue.empty')} />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {items.map((simulation) => (
            <Col key={simulation.id} xs={24} sm={12} lg={8} xxl={6}>
              <SimulationCard simulation={simulation} />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
