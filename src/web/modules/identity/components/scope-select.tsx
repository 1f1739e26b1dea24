import { Select } from 'antd';
import { useMemo, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/contracts/platform/roles.js';
import { useDebouncedValue } from '../../../ui/use-debounced-value.js';
import { useAssignableScopes } from '../api/users.api.js';

export type ScopeSelectProps = {
  role: Role | undefined;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** Labels of scopes already held, so a saved value shows its name before any search. */
  knownLabels?: Readonly<Record<string, string>>;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  testId?: string;
};

/** Searchable list of the scopes the signed-in user may grant `role` at. */
export function ScopeSelect({
  role,
  value,
  onChange,
  knownLabels,
  placeholder,
  allowClear = false,
  style,
  testId,
}: ScopeSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const debouncedSearch = useDebouncedValue(search.trim(), 300);
  const { data, isFetching } = useAssignableScopes(role, debouncedSearch);

  const options = useMemo(() => {
    const items = data ?? [];
    const result = items.map((item) => ({ value: item.scope, label: item.label }));
    if (value && !items.some((item) => item.scope === value)) {
      result.unshift({ value, label: knownLabels?.[value] ?? value });
    }
    return result;
  }, [data, value, knownLabels]);

  return (
    <Select<string>
      value={value}
      onChange={(next) => onChange?.(next)}
      options={options}
      disabled={!role}
      loading={isFetching}
      allowClear={allowClear}
      placeholder={role ? (placeholder ?? t('identity.assignments.selectScope')) : t('identity.users.scopeNeedsRole')}
      notFoundContent={isFetching ? t('app.loading') : t('identity.assignments.noScopes')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onOpenChange={(isOpen) => {
        if (!isOpen) setSearch('');
      }}
      style={style}
      popupMatchSelectWidth={false}
      data-testid={testId}
    />
  );
}
