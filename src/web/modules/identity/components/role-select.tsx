import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../../shared/contracts/platform/roles.js';

export type RoleSelectProps = {
  value?: Role;
  onChange?: (value: Role | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  testId?: string;
};

/** The eight platform roles with their translated names. */
export function RoleSelect({ value, onChange, placeholder, allowClear = false, style, testId }: RoleSelectProps) {
  const { t } = useTranslation();
  return (
    <Select<Role>
      value={value}
      onChange={(next) => onChange?.(next)}
      allowClear={allowClear}
      placeholder={placeholder ?? t('identity.assignments.selectRole')}
      options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      style={style}
      popupMatchSelectWidth={false}
      data-testid={testId}
    />
  );
}
