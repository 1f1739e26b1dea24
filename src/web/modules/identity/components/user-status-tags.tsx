import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/contracts/platform/users.js';

export type UserStatusTagsProps = {
  user: Pick<User, 'status' | 'isLocked' | 'isDemo'>;
  /** Lists hide the demo tag: in a demo deployment every row would carry it. */
  isDemoHidden?: boolean;
};

/** Active / disabled, plus "locked" and "demo" when they apply. */
export function UserStatusTags({ user, isDemoHidden = false }: UserStatusTagsProps) {
  const { t } = useTranslation();
  return (
    <>
      {user.status === 'active' ? (
        <Tag color="success">{t('status.active')}</Tag>
      ) : (
        <Tag color="default">{t('status.disabled')}</Tag>
      )}
      {user.isLocked ? <Tag color="error">{t('status.locked')}</Tag> : null}
      {user.isDemo && !isDemoHidden ? <Tag color="orange">{t('status.demo')}</Tag> : null}
    </>
  );
}
