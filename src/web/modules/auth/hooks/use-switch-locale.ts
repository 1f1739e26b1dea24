import { App } from 'antd';
import { useState } from 'react';
import type { Locale } from '../../../../shared/contracts/platform/common.js';
import { changeLocale } from '../../../app/i18n/i18n.js';
import { useMe, useUpdateMe } from '../api/auth.api.js';

/**
 * Switches the interface language now, remembers it on this device and, when
 * someone is signed in, saves it to their account.
 */
export function useSwitchLocale() {
  const { data: me } = useMe();
  const updateMe = useUpdateMe();
  const { message } = App.useApp();
  const [isSwitching, setIsSwitching] = useState(false);

  const switchLocale = async (locale: Locale): Promise<void> => {
    setIsSwitching(true);
    try {
      await changeLocale(locale);
      if (me && me.locale !== locale) {
        await updateMe.mutateAsync({ locale });
      }
    } catch (error) {
      // The language already changed on screen; only saving it failed.
      if (error instanceof Error) message.error(error.message);
    } finally {
      setIsSwitching(false);
    }
  };

  return { switchLocale, isSwitching };
}
