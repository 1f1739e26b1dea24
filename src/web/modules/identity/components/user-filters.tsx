import { Button, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/contracts/platform/roles.js';
import { RoleSelect } from './role-select.js';
import { ScopeSelect } from './scope-select.js';

export type UserFilterValues = {
  q?: string;
  role?: Role;
  scope?: string;
  status?: 'active' | 'disabled';
};

export type UserFiltersProps = {
  value: UserFilterValues;
  onChange: (value: UserFilterValues) => void;
};

export function UserFilters({ value, onChange }: UserFiltersProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value.q ?? '');
  useEffect(() => setText(value.q ?? ''), [value.q]);
  const hasFilters = Boolean(value.q || value.role || value.scope || value.status);

  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      <Input.Search
        value={text}
        onChange={(event) => setText(event.target.value)}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        placeholder={t('identity.users.searchPlaceholder')}
        allowClear
        style={{ flex: '1 1 240px', maxWidth: 360 }}
        data-testid="users-search"
      />
      <RoleSelect
        value={value.role}
        onChange={(role) => onChange({ ...value, role, scope: undefined })}
        placeholder={t('identity.users.anyRole')}
        allowClear
        style={{ flex: '1 1 150px', maxWidth: 220 }}
        testId="users-filter-role"
      />
      <ScopeSelect
        role={value.role}
        value={value.scope}
        onChange={(scope) => onChange({ ...value, scope })}
        placeholder={t('identity.users.anyScope')}
        allowClear
        style={{ flex: '1 1 180px', maxWidth: 260 }}
        testId="users-filter-scope"
      />
      <Select<'active' | 'disabled'>
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        allowClear
        placeholder={t('identity.users.anyStatus')}
        options={[
          { value: 'active', label: t('status.active') },
          { value: 'disabled', label: t('status.disabled') },
        ]}
        style={{ flex: '1 1 120px', maxWidth: 180 }}
        data-testid="users-filter-status"
      />
      {hasFilters ? (
        <Button onClick={() => onChange({})}>{t('actions.reset')}</Button>
      ) : null}
    </Flex>
  );
}
