import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, HolderOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Flex, Space, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseUnit, StructureOperation } from '../../../../shared/contracts/learning/courses.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { localizedText } from './localized-text.js';
import { readDrag, startDrag, type DragPayload } from './resource-picker.js';

export type UnitEditorProps = {
  unit: CourseUnit;
  index: number;
  unitCount: number;
  isTarget: boolean;
  onOperations: (operations: StructureOperation[]) => void;
};

/** The operation a drop makes: add from the picker, or move an item (indexes as they are after the item leaves). */
export function dropOperation(payload: DragPayload, unit: CourseUnit, toIndex: number): StructureOperation {
  switch (payload.kind) {
    case 'resource':
      return { op: 'addResource', unitId: unit.id, resourceId: payload.resourceId, toIndex };
    case 'exerciseSet':
      return { op: 'addExerciseSet', unitId: unit.id, exerciseSetId: payload.exerciseSetId, toIndex };
    case 'item': {
      const from = unit.items.findIndex((item) => item.id === payload.itemId);
      return { op: 'moveItem', itemId: payload.itemId, unitId: unit.id, toIndex: from >= 0 && from < toIndex ? toIndex - 1 : toIndex };
    }
  }
}

/** One unit of the builder: title, schedule, items to drag, drop onto, or move with buttons. */
export function UnitEditor({ unit, index, unitCount, isTarget, onOperations }: UnitEditorProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const [dropIndex, setDropIndex] = useState<number | null>(null);
  const title = localizedText(unit.title, locale) || t('courses.builder.unitDefault', { n: index + 1 });

  const allowDrop = (event: DragEvent, at: number) => {
    event.preventDefault();
    event.stopPropagation();
    setDropIndex(at);
  };
  const drop = (event: DragEvent, at: number) => {
    event.preventDefault();
    event.stopPropagation();
    setDropIndex(null);
    const payload = readDrag(event);
    if (payload) onOperations([dropOperation(payload, unit, at)]);
  };
  const schedule = (field: 'opensAt' | 'dueAt', value: dayjs.Dayjs | null) => onOperations([{ op: 'editUnit', unitId: unit.id, [field]: value ? value.toISOString() : null }]);

  return (
    <Card
      size="small"
      data-testid="builder-unit"
      style={{ marginBottom: 12, borderColor: isTarget ? '#1677ff' : undefined }}
      onDragOver={(event) => allowDrop(event, unit.items.length)}
      onDragLeave={() => setDropIndex(null)}
      onDrop={(event) => drop(event, unit.items.length)}
      title={
        <Typography.Text
          editable={{
            text: title,
            tooltip: t('courses.builder.unitTitle'),
            onChange: (value) => {
              if (value.trim() && value.trim() !== title) onOperations([{ op: 'editUnit', unitId: unit.id, title: { ...unit.title, [locale]: value.trim() } }]);
            },
          }}
        >
          {title}
        </Typography.Text>
      }
      extra={
        <Space size={4}>
          <Tooltip title={t('courses.builder.moveUp')}>
            <Button size="small" icon={<ArrowUpOutlined />} aria-label={`${t('courses.builder.moveUp')}: ${title}`} disabled={index === 0} onClick={() => onOperations([{ op: 'moveUnit', unitId: unit.id, toIndex: index - 1 }])} />
          </Tooltip>
          <Tooltip title={t('courses.builder.moveDown')}>
            <Button size="small" icon={<ArrowDownOutlined />} aria-label={`${t('courses.builder.moveDown')}: ${title}`} disabled={index === unitCount - 1} onClick={() => onOperations([{ op: 'moveUnit', unitId: unit.id, toIndex: index + 1 }])} />
          </Tooltip>
          <Tooltip title={t('courses.builder.removeUnit')}>
            <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t('courses.builder.removeUnit')}: ${title}`} onClick={() => onOperations([{ op: 'removeUnit', unitId: unit.id }])} />
          </Tooltip>
        </Space>
      }
    >
      <Flex gap={12} wrap style={{ marginBottom: 8 }}>
        <Space size={4}>
          <Typography.Text type="secondary">{t('courses.builder.opensAt')}</Typography.Text>
          <DatePicker size="small" showTime value={unit.opensAt ? dayjs(unit.opensAt) : null} onChange={(value) => schedule('opensAt', value)} aria-label={t('courses.builder.opensAt')} />
        </Space>
        <Space size={4}>
          <Typography.Text type="secondary">{t('courses.builder.dueAt')}</Typography.Text>
          <DatePicker size="small" showTime value={unit.dueAt ? dayjs(unit.dueAt) : null} onChange={(value) => schedule('dueAt', value)} aria-label={t('courses.builder.dueAt')} />
        </Space>
      </Flex>
      {unit.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('courses.builder.dropHere')} style={{ border: '1px dashed #d9d9d9', borderRadius: 8, padding: 12, margin: 0 }} />
      ) : (
        <Flex vertical gap={4} role="list">
          {unit.items.map((item, itemIndex) => {
            const itemTitle = localizedText(item.title, locale) || t('courses.common.untitled');
            return (
              <Flex
                key={item.id}
                role="listitem"
                data-testid="builder-item"
                draggable
                onDragStart={(event) => startDrag(event, { kind: 'item', itemId: item.id })}
                onDragOver={(event) => allowDrop(event, itemIndex)}
                onDrop={(event) => drop(event, itemIndex)}
                align="center"
                gap={8}
                style={{ padding: '6px 8px', border: '1px solid #f0f0f0', borderRadius: 6, background: '#fff', cursor: 'grab', borderTop: dropIndex === itemIndex ? '2px solid #1677ff' : undefined }}
              >
                <HolderOutlined style={{ color: '#999' }} aria-hidden />
                <Typography.Text style={{ flex: 1 }}>{itemTitle}</Typography.Text>
                {item.kind === 'exercise_set' ? (
                  <Tag color="purple">{t('courses.builder.picker.questions', { count: item.questionCount ?? 0 })}</Tag>
                ) : item.resourceType ? (
                  <Tag color="blue">{t(`learning.types.${item.resourceType}`)}</Tag>
                ) : null}
                <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={`${t('courses.builder.moveUp')}: ${itemTitle}`} disabled={itemIndex === 0} onClick={() => onOperations([{ op: 'moveItem', itemId: item.id, unitId: unit.id, toIndex: itemIndex - 1 }])} />
                <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={`${t('courses.builder.moveDown')}: ${itemTitle}`} disabled={itemIndex === unit.items.length - 1} onClick={() => onOperations([{ op: 'moveItem', itemId: item.id, unitId: unit.id, toIndex: itemIndex + 1 }])} />
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('courses.builder.remove')}: ${itemTitle}`} onClick={() => onOperations([{ op: 'removeItem', itemId: item.id }])} />
              </Flex>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}
