import type { LocaleTree } from '../../app/i18n/locale-tree.js';

/** Textbooks, revision age and teacher-service pages. */
export const textbooksZhCN = {
  nav: { textbooks: '数字教材', textbooksHint: '数字教材：章节阅读、版次与修订记录' },
};

export const textbooksEn: LocaleTree<typeof textbooksZhCN> = {
  nav: { textbooks: 'Textbooks', textbooksHint: 'Digital textbooks: read chapters, editions and revision history' },
};
