import { SearchOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { browseStatementsQuerySchema } from '../../../../shared/contracts/lrs/statement-browse.js';
import { useZodRule } from '../../../ui/zod-rule.js';
import type { StatementFilterQuery } from '../api/lrs-statements.api.js';

/** The picker hands back Dayjs objects; all we need from them is the instant. */
type PickedDate = { toISOString: () => string };

type StatementFilterValues = {
  agent?: string;
  verb?: string;
  activity?: string;
  isRelated?: boolean;
  registration?: string;
  period?: [PickedDate | null, PickedDate | null] | null;
  isVoidedIncluded?: boolean;
};

export type StatementFiltersProps = { onChange: (filters: StatementFilterQuery) => void };

function trimmed(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

const shape = browseStatementsQuerySchema.shape;

export function StatementFilters({ onChange }: StatementFiltersProps) {
  const { t } = useTranslation();
  const zodRule = useZodRule();
  const [form] = Form.useForm<StatementFilterValues>();

  const onFinish = (values: StatementFilterValues) => {
    const [since, until] = values.period ?? [null, null];
    const activity = trimmed(values.activity);
    onChange({
      agent: trimmed(values.agent),
      verb: trimmed(values.verb),
      activity,
      relatedActivities: activity && values.isRelated ? 'true' : undefined,
      registration: trimmed(values.registration),
      since: since ? since.toISOString() : undefined,
      until: until ? until.toISOString() : undefined,
      includeVoided: values.isVoidedIncluded ? 'true' : undefined,
    });
  };

  const field = { flex: '1 1 220px', minWidth: 180, marginBottom: 0 };
  return (
    <Form<StatementFilterValues> form={form} onFinish={onFinish} initialValues={{ isRelated: true }} style={{ marginBottom: 16 }} data-testid="lrs-statement-filters">
      <Flex gap={8} wrap>
        <Form.Item name="agent" style={field}>
          <Input placeholder={t('lrs.statements.filters.agent')} aria-label={t('lrs.statements.filters.agent')} allowClear data-testid="lrs-filter-agent" />
        </Form.Item>
        <Form.Item name="verb" style={field} rules={[zodRule(shape.verb)]}>
          <Input placeholder={t('lrs.statements.filters.verb')} aria-label={t('lrs.statements.filters.verb')} allowClear data-testid="lrs-filter-verb" />
        </Form.Item>
        <Form.Item name="activity" style={field} rules={[zodRule(shape.activity)]}>
          <Input placeholder={t('lrs.statements.filters.activity')} aria-label={t('lrs.statements.filters.activity')} allowClear data-testid="lrs-filter-activity" />
        </Form.Item>
        <Form.Item name="registration" style={field} rules={[zodRule(shape.registration)]}>
          <Input placeholder={t('lrs.statements.filters.registration')} aria-label={t('lrs.statements.filters.registration')} allowClear />
        </Form.Item>
        <Form.Item name="period" style={{ flex: '2 1 320px', minWidth: 260, marginBottom: 0 }}>
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            allowEmpty={[true, true]}
            placeholder={[t('lrs.statements.filters.startTime'), t('lrs.statements.filters.endTime')]}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="isRelated" valuePropName="checked" style={{ marginBottom: 0, alignSelf: 'center' }}>
          <Checkbox data-testid="lrs-filter-related">{t('lrs.statements.filters.related')}</Checkbox>
        </Form.Item>
        <Form.Item name="isVoidedIncluded" valuePropName="checked" style={{ marginBottom: 0, alignSelf: 'center' }}>
          <Checkbox>{t('lrs.statements.filters.includeVoided')}</Checkbox>
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="lrs-statement-search">
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
