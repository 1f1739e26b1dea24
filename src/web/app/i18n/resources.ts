import { auditEn, auditZhCN } from '../../modules/audit/audit.locale.js';
import { authEn, authZhCN } from '../../modules/auth/auth.locale.js';
import { catalogEn, catalogZhCN } from '../../modules/catalog/catalog.locale.js';
import { dashboardsEn, dashboardsZhCN } from '../../modules/governance/dashboards/dashboards.locale.js';
import { publicInfoEn, publicInfoZhCN } from '../../modules/governance/public/public.locale.js';
import { filingsEn, filingsZhCN } from '../../modules/governance/filings/filings.locale.js';
import { notificationsEn, notificationsZhCN } from '../../modules/governance/notifications/notifications.locale.js';
import { warningsEn, warningsZhCN } from '../../modules/governance/warnings/warnings.locale.js';
import { homeEn, homeZhCN } from '../../modules/home/home.locale.js';
import { identityEn, identityZhCN } from '../../modules/identity/identity.locale.js';
import { institutionsEn, institutionsZhCN } from '../../modules/institutions/institutions.locale.js';
import { coursesEn, coursesZhCN } from '../../modules/learning/courses.locale.js';
import { learningEn, learningZhCN } from '../../modules/learning/learning.locale.js';
import { simulationsEn, simulationsZhCN } from '../../modules/learning/simulations.locale.js';
import { textbooksEn, textbooksZhCN } from '../../modules/learning/textbooks.locale.js';
import { lrsEn, lrsZhCN } from '../../modules/lrs/lrs.locale.js';
import { commonEn, commonZhCN } from './common.locale.js';
import type { LocaleTree } from './locale-tree.js';

/** zh-CN is the reference: every other language must have exactly its keys. */
export const zhCNTranslation = {
  ...commonZhCN,
  auth: authZhCN,
  home: homeZhCN,
  identity: identityZhCN,
  audit: auditZhCN,
  institutions: institutionsZhCN,
  lrs: lrsZhCN,
  learning: learningZhCN,
  simulations: simulationsZhCN,
  courses: coursesZhCN,
  textbooks: textbooksZhCN,
  filings: filingsZhCN,
  warnings: warningsZhCN,
  notifications: notificationsZhCN,
  catalog: catalogZhCN,
  dashboards: dashboardsZhCN,
  publicInfo: publicInfoZhCN,
};

export const enTranslation: LocaleTree<typeof zhCNTranslation> = {
  ...commonEn,
  auth: authEn,
  home: homeEn,
  identity: identityEn,
  audit: auditEn,
  institutions: institutionsEn,
  lrs: lrsEn,
  learning: learningEn,
  simulations: simulationsEn,
  courses: coursesEn,
  textbooks: textbooksEn,
  filings: filingsEn,
  warnings: warningsEn,
  notifications: notificationsEn,
  catalog: catalogEn,
  dashboards: dashboardsEn,
  publicInfo: publicInfoEn,
};
