import { HolderOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, List, Select, Tabs, Tag, Typography } from 'antd';
import type { DragEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseUnit } from '../../../../shared/contracts/learning/courses.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { useExerciseSets, useMyResources } from '../api/courses.api.js';
import { useResourceSearch } from '../api/learning.api.js';
import { ExerciseSetModal } from './exercise-set-form.js';
import { HighlightedText } from './highlighted-text.js';
import { localizedText } from './localized-text.js';

/** What is dragged from the picker or within the builder (HTML5 drag and drop, one MIME type of ours). */
export type DragPayload = { kind: 'resource'; resourceId: string } | { kind: 'exerciseSet'; exerciseSetId: string } | { kind: 'item'; itemId: string };
export const DRAG_TYPE = 'application/x-luban-course';

export function startDrag(event: DragEvent, payload: DragPayload): void {
  event.dataTransfer.setData(DRAG_TYPE, JSON.stringify(payload));
  event.dataTransfer.effectAllowed = payload.kind === 'item' ? 'move' : 'copy';
}

export function readDrag(event: DragEvent): DragPayload | undefined {
  const text = event.dataTransfer.getData(DRAG_TYPE);
  if (!text) return undefined;
  const parsed: unknown = JSON.parse(text);
  return typeof parsed === 'object' && parsed !== null && 'kind' in parsed ? (parsed as DragPayload) : undefined;
}

export type ResourcePickerProps = {
  units: readonly CourseUnit[];
  /** The unit the "Add" buttons put things into (keyboard and click alternative to dragging). */
  targetUnitId: string | undefined;
  onTargetUnitChange: (unitId: string) => void;
  onAdd: (payload: Extract<DragPayload, { kind: 'resource' | 'exerciseSet' }>) => void;
};

type PickerRowProps = { title: React.ReactNode; tags: React.ReactNode; payload: Extract<DragPayload, { kind: 'resource' | 'exerciseSet' }>; canAdd: boolean; onAdd: ResourcePickerProps['onAdd'] };

function PickerRow({ title, tags, payload, canAdd, onAdd }: PickerRowProps) {
  const { t } = useTranslation();
  return (
    <List.Item
      draggable
      onDragStart={(event) => startDrag(event, payload)}
      data-testid="picker-item"
      style={{ cursor: 'grab' }}
      actions={[
        <Button key="add" size="small" icon={<PlusOutlined />} disabled={!canAdd} onClick={() => onAdd(payload)}>
          {t('courses.builder.picker.add')}
        </Button>,
      ]}
    >
      <Flex gap={8} align="start">
        <HolderOutlined style={{ color: '#999', marginTop: 4 }} aria-hidden />
        <Flex vertical gap={2}>
          <Typography.Text>{title}</Typography.Text>
          <Flex wrap gap={4}>
            {tags}
          </Flex>
        </Flex>
      </Flex>
    </List.Item>
  );
}

/** Library search, the teacher's own resources and exercise sets: drag into a unit or press "Add". */
export function ResourcePicker({ units, targetUnitId, onTargetUnitChange, onAdd }: ResourcePickerProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const [query, setQuery] = useState('');
  const [isNewSetOpen, setNewSetOpen] = useState(false);
  const search = useResourceSearch({ q: query, kind: 'resource', sort: query ? 'relevance' : 'recent', offset: 0 });
  const mine = useMyResources();
  const sets = useExerciseSets();
  const canAdd = targetUnitId !== undefined;
  const typeTag = (type: string) => <Tag color="blue">{t(`learning.types.${type}` as 'learning.types.document')}</Tag>;

  return (
    <>
      <Flex vertical gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('courses.builder.picker.targetUnit')}</Typography.Text>
        <Select
          value={targetUnitId}
          onChange={onTargetUnitChange}
          placeholder={t('courses.builder.noUnits')}
          aria-label={t('courses.builder.picker.targetUnit')}
          options={units.map((unit, index) => ({ value: unit.id, label: localizedText(unit.title, locale) || t('courses.builder.unitDefault', { n: index + 1 }) }))}
        />
      </Flex>
      <Tabs
        size="small"
        items={[
          {
            key: 'library',
            label: t('courses.builder.picker.library'),
            children: (
              <>
                <Input.Search placeholder={t('courses.builder.picker.search')} aria-label={t('courses.builder.picker.search')} allowClear onSearch={(value) => setQuery(value.trim())} style={{ marginBottom: 8 }} />
                {search.error ? <ErrorAlert error={search.error} /> : null}
                <List
                  size="small"
                  loading={search.isLoading}
                  dataSource={(search.data?.hits ?? []).filter((hit) => hit.kind === 'resource')}
                  locale={{ emptyText: <Empty description={t('courses.builder.picker.empty')} /> }}
                  renderItem={(hit) => <PickerRow key={hit.id} title={<HighlightedText parts={hit.titleParts} />} tags={typeTag(hit.type)} payload={{ kind: 'resource', resourceId: hit.id }} canAdd={canAdd} onAdd={onAdd} />}
                />
              </>
            ),
          },
          {
            key: 'mine',
            label: t('courses.builder.picker.mine'),
            children: (
              <List
                size="small"
                loading={mine.isLoading}
                dataSource={mine.data?.items ?? []}
                locale={{ emptyText: <Empty description={t('courses.builder.picker.empty')} /> }}
                renderItem={(resource) => (
                  <PickerRow
                    key={resource.id}
                    title={localizedText(resource.title, locale)}
                    tags={
                      <>
                        {typeTag(resource.type)}
                        {resource.status !== 'published' ? <Tag>{t('courses.builder.picker.unpublished')}</Tag> : null}
                      </>
                    }
                    payload={{ kind: 'resource', resourceId: resource.id }}
                    canAdd={canAdd}
                    onAdd={onAdd}
                  />
                )}
              />
            ),
          },
          {
            key: 'exercises',
            label: t('courses.builder.picker.exercises'),
            children: (
              <>
                <Button block icon={<PlusOutlined />} onClick={() => setNewSetOpen(true)} style={{ marginBottom: 8 }}>
                  {t('courses.builder.picker.newSet')}
                </Button>
                <List
                  size="small"
                  loading={sets.isLoading}
                  dataSource={sets.data?.items ?? []}
                  renderItem={(set) => (
                    <PickerRow
                      key={set.id}
                      title={localizedText(set.title, locale)}
                      tags={<Tag color="purple">{t('courses.builder.picker.questions', { count: set.questionCount })}</Tag>}
                      payload={{ kind: 'exerciseSet', exerciseSetId: set.id }}
                      canAdd={canAdd}
                      onAdd={onAdd}
                    />
                  )}
                />
              </>
            ),
          },
        ]}
      />
      <ExerciseSetModal open={isNewSetOpen} onClose={() => setNewSetOpen(false)} onCreated={() => setNewSetOpen(false)} />
    </>
  );
}
