import type { TFunction } from 'i18next';

/** The languages the catalogue filters by. */
export const simulationLanguages = ['zh-CN', 'en'] as const;

/** 中文 / English for the catalogue's languages, the code itself for any other. */
export function languageLabel(code: string, t: TFunction): string {
  if (code === 'zh-CN') return t('simulations.catalogue.languages.zh');
  if (code === 'en') return t('simulations.catalogue.languages.en');
  return code;
}
