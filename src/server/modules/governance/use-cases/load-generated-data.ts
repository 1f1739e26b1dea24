import type { Actor } from '../../../platform/authz/actor.js';
import { hasIndicators, insertIndicators, type IndicatorRecord } from '../indicators.repository.js';
import { recordBaselineOfferings, type BaselineOffering } from './offerings.js';
import { governancePermissions } from '../policies.js';
import type { GovernanceDeps } from '../governance-deps.js';

export type GeneratedData = { offeringYears: readonly Omit<BaselineOffering, 'isDemo'>[]; indicators: readonly IndicatorRecord[] };

/**
 * Loads generated (demo or benchmark) offerings and indicators, flagged as generated / demo,
 * in one transaction with one audit entry. Only into a database without indicators: it never
 * mixes generated rows into real data. Returns false when it did nothing.
 */
export async function loadGeneratedData(deps: GovernanceDeps, actor: Actor, data: GeneratedData): Promise<boolean> {
  await deps.authz.authorize(actor, governancePermissions.loadGeneratedData, 'national');
  if (await hasIndicators(deps.db)) return false;
  await deps.db.transaction(async (tx) => {
    await recordBaselineOfferings(deps, tx, actor, data.offeringYears.map((o) => ({ ...o, isDemo: true })), 'generated-demo');
    await insertIndicators(tx, data.indicators.map((r) => ({ ...r, isGenerated: true })), null);
    await deps.audit.record(tx, actor, {
      action: 'governance.generated-data.load', entityType: 'generated-data', entityId: 'demo', scope: 'national',
      details: { offeringYears: data.offeringYears.length, indicators: data.indicators.length, isGenerated: true },
    });
  });
  return true;
}
