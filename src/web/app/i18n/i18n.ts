import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { localeSchema, type Locale } from '../../../shared/contracts/platform/common.js';
import { setApiLanguage } from '../api-client.js';
import { enTranslation, zhCNTranslation } from './resources.js';

const STORAGE_KEY = 'luban.locale';
export const defaultLocale: Locale = 'zh-CN';

/** The language this device chose explicitly, if any. */
export function readStoredLocale(): Locale | null {
  try {
    const parsed = localeSchema.safeParse(window.localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

export function currentLocale(): Locale {
  const parsed = localeSchema.safeParse(i18next.language);
  return parsed.success ? parsed.data : defaultLocale;
}

function applyLocale(locale: Locale): void {
  setApiLanguage(locale);
  document.documentElement.lang = locale;
}

/** Switch the interface language; `remember` stores the choice on this device. */
export async function changeLocale(locale: Locale, remember = true): Promise<void> {
  if (remember) storeLocale(locale);
  applyLocale(locale);
  await i18next.changeLanguage(locale);
}

export const i18n = i18next;

const initialLocale = readStoredLocale() ?? defaultLocale;
applyLocale(initialLocale);

void i18next.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: zhCNTranslation },
    en: { translation: enTranslation },
  },
  lng: initialLocale,
  fallbackLng: defaultLocale,
  supportedLngs: ['zh-CN', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The interface language, re-rendering the caller when it changes. */
export function useCurrentLocale(): Locale {
  const { i18n: instance } = useTranslation();
  const parsed = localeSchema.safeParse(instance.language);
  return parsed.success ? parsed.data : defaultLocale;
}
