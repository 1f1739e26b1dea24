import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../ui/use-debounced-value.js';
import { useMe } from '../../auth/index.js';
import { useClientScopeOptions } from '../api/lrs-clients.api.js';

const administratorRoles = new Set(['national_admin', 'province_admin', 'college_admin']);

export type ClientScopeSelectProps = {
  value?: string;
  onChange?: (value: string | undefined) => void;
};

/** The administrator's own scopes first, then provinces and colleges inside them (searchable). */
export function ClientScopeSelect({ value, onChange }: ClientScopeSelectProps) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 300);
  const { data, isFetching } = useClientScopeOptions(debounced);

  const options = useMemo(() => {
    const own = (me?.assignments ?? [])
      .filter((assignment) => administratorRoles.has(assignment.role))
      .map((assignment) => ({ value: assignment.scope, label: assignment.scopeLabel }));
    const query = debounced.toLowerCase();
    const matchingOwn = own.filter((option) => !query || option.label.toLowerCase().includes(query) || option.value.includes(query));
    const byScope = new Map<string, string>();
    for (const option of [...matchingOwn, ...(data ?? []).map((item) => ({ value: item.scope, label: item.label }))]) {
      if (!byScope.has(option.value)) byScope.set(option.value, option.label);
    }
    return [...byScope].map(([scope, label]) => ({ value: scope, label: `${label} (${scope})` }));
  }, [me, data, debounced]);

  return (
    <Select<string>
      value={value}
      onChange={(next) => onChange?.(next)}
      options={options}
      loading={isFetching}
      placeholder={t('lrs.clients.form.scopePlaceholder')}
      notFoundContent={isFetching ? t('app.loading') : undefined}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onOpenChange={(isOpen) => {
        if (!isOpen) setSearch('');
      }}
      data-testid="lrs-client-scope"
    />
  );
}
