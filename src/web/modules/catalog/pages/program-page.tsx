import { NodeIndexOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ProgramDetail } from '../../../../shared/contracts/catalog/catalog.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useProgramDetail } from '../api/catalog.api.js';
import { CodeList, LevelTag, RevisionKindTag, SampleCatalogAlert, SampleTag } from '../components/catalog-tags.js';

type LinkedProgram = ProgramDetail['continuesFrom'][number];

function ProgramLinks({ versionId, programs }: { versionId: string; programs: readonly LinkedProgram[] }) {
  const { t } = useTranslation();
  if (programs.length === 0) return <Typography.Text type="secondary">{t('catalog.program.none')}</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      {programs.map((program) => (
        <Link key={program.code} to={`/catalog/versions/${encodeURIComponent(versionId)}/programs/${encodeURIComponent(program.code)}`}>
          <LevelTag level={program.level} />
          <Typography.Text code>{program.code}</Typography.Text> {program.name}
        </Link>
      ))}
    </Flex>
  );
}

/** One program of one version: names, place in the tree, continuity between levels, classifications, origin. */
export function ProgramPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { versionId = '', code = '' } = useParams();
  const detail = useProgramDetail(versionId, code);

  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <Skeleton active />;
  const program = detail.data;

  return (
    <>
      <PageHeader
        backTo={`/catalog/versions/${encodeURIComponent(versionId)}`}
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="program-title">{t('catalog.program.title', { code: program.code, name: program.name })}</span>
            {program.isSample ? <SampleTag /> : null}
          </Flex>
        }
        subtitle={program.nameEn ?? undefined}
        extra={
          <Button icon={<NodeIndexOutlined />} onClick={() => navigate(`/catalog/follow?code=${encodeURIComponent(program.code)}&from=${encodeURIComponent(versionId)}`)}>
            {t('catalog.program.followOther')}
          </Button>
        }
      />
      {program.isSample ? <SampleCatalogAlert /> : null}
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'level', label: t('catalog.program.level'), children: <LevelTag level={program.level} /> },
              { key: 'nameEn', label: t('catalog.program.nameEn'), children: program.nameEn ?? '—' },
              { key: 'major', label: t('catalog.program.major'), children: `${program.majorCode} ${program.majorName ?? ''}` },
              { key: 'category', label: t('catalog.program.category'), children: `${program.categoryCode} ${program.categoryName ?? ''}` },
              { key: 'from', label: t('catalog.program.continuesFrom'), children: <ProgramLinks versionId={versionId} programs={program.continuesFrom} /> },
              { key: 'to', label: t('catalog.program.continuesTo'), children: <ProgramLinks versionId={versionId} programs={program.continuesToDetail} /> },
            ]}
            data-testid="program-details"
          />
        </Card>
        <Card size="small" title={t('catalog.program.classifications')}>
          {program.classifications.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalog.program.none')} />
          ) : (
            <List
              size="small"
              dataSource={program.classifications}
              renderItem={(item) => (
                <List.Item key={`${item.setId}:${item.itemCode}`}>
                  <Flex gap={6} wrap align="center">
                    <Tag>{t(`catalog.program.classificationKinds.${item.kind}`)}</Tag>
                    <Typography.Text code>{item.itemCode}</Typography.Text>
                    <span>{item.name ?? '—'}</span>
                    {item.tier === 'national-key' || item.tier === 'regional-pillar' || item.tier === 'local-distinctive' ? (
                      <Tag color="blue">{t(`catalog.program.tiers.${item.tier}`)}</Tag>
                    ) : null}
                    {item.regionCode ? <Tag>{item.regionCode}</Tag> : null}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {item.setId}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          )}
        </Card>
        <Card size="small" title={t('catalog.program.revisions')}>
          {program.revisions.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalog.program.none')} />
          ) : (
            <List
              size="small"
              dataSource={program.revisions}
              renderItem={(revision) => (
                <List.Item key={revision.id}>
                  <Flex gap={6} wrap align="center">
                    <RevisionKindTag kind={revision.kind} />
                    <CodeList codes={revision.predecessorCodes} />→<CodeList codes={revision.successorCodes} />
                    <Typography.Text type="secondary">{revision.note ?? ''}</Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          )}
        </Card>
      </Flex>
    </>
  );
}
