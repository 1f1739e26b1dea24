import { SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditQuery } from '../api/audit.api.js';

/** The picker hands back Dayjs objects; all we need from them is the instant. */
type PickedDate = { toISOString: () => string };

type AuditFilterValues = {
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  period?: [PickedDate | null, PickedDate | null] | null;
};

export type AuditFilterQuery = Omit<AuditQuery, 'cursor' | 'limit'>;

export type AuditFiltersProps = {
  onChange: (filters: AuditFilterQuery) => void;
};

function trimmed(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

export function AuditFilters({ onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AuditFilterValues>();

  const onFinish = (values: AuditFilterValues) => {
    const [from, to] = values.period ?? [null, null];
    onChange({
      actorId: trimmed(values.actorId),
      action: trimmed(values.action),
      entityType: trimmed(values.entityType),
      entityId: trimmed(values.entityId),
      from: from ? from.toISOString() : undefined,
      to: to ? to.toISOString() : undefined,
    });
  };

  const fieldStyle = { flex: '1 1 160px', minWidth: 140, marginBottom: 0 };

  return (
    <Form<AuditFilterValues> form={form} onFinish={onFinish} style={{ marginBottom: 16 }} data-testid="audit-filters">
      <Flex gap={8} wrap>
        <Form.Item name="action" style={fieldStyle}>
          <Input placeholder={t('audit.filters.action')} aria-label={t('audit.filters.action')} allowClear data-testid="audit-filter-action" />
        </Form.Item>
        <Form.Item name="entityType" style={fieldStyle}>
          <Input placeholder={t('audit.filters.entityType')} aria-label={t('audit.filters.entityType')} allowClear />
        </Form.Item>
        <Form.Item name="entityId" style={fieldStyle}>
          <Input placeholder={t('audit.filters.entityId')} aria-label={t('audit.filters.entityId')} allowClear />
        </Form.Item>
        <Form.Item name="actorId" style={fieldStyle}>
          <Input placeholder={t('audit.filters.actorId')} aria-label={t('audit.filters.actorId')} allowClear />
        </Form.Item>
        <Form.Item name="period" style={{ flex: '2 1 300px', minWidth: 260, marginBottom: 0 }}>
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            allowEmpty={[true, true]}
            placeholder={[t('audit.filters.startTime'), t('audit.filters.endTime')]}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
            {t('actions.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onChange({});
            }}
          >
            {t('actions.reset')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
