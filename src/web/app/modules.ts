import { auditModule } from '../modules/audit/index.js';
import { authModule } from '../modules/auth/index.js';
import { catalogModule } from '../modules/catalog/index.js';
import { dashboardsModule } from '../modules/governance/dashboards/index.js';
import { publicInfoModule } from '../modules/governance/public/index.js';
import { filingsModule } from '../modules/governance/filings/index.js';
import { offeringsModule } from '../modules/governance/offerings/index.js';
import { warningsModule } from '../modules/governance/warnings/index.js';
import { homeModule } from '../modules/home/index.js';
import { identityModule } from '../modules/identity/index.js';
import { institutionsModule } from '../modules/institutions/index.js';
import { learningModule } from '../modules/learning/index.js';
import { lrsModule } from '../modules/lrs/index.js';
import type { WebModule } from './web-module.js';

/** Every front-end module; add a new context here and its pages and menu items appear. */
export const webModules: readonly WebModule[] = [homeModule, identityModule, institutionsModule, catalogModule, dashboardsModule, publicInfoModule, filingsModule, offeringsModule, warningsModule, learningModule, lrsModule, auditModule, authModule];
