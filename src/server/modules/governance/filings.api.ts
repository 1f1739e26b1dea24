import type { DbOrTx } from '../../db/open-db.js';
import type { Actor } from '../../platform/authz/actor.js';
import type { RuleFinding } from '../../../shared/contracts/governance/findings.js';
import type { OfferingStatus, OfferingYearKey } from '../../../shared/contracts/governance/offerings.js';
import type { CreateFilingCycleRequest, CreateFilingItemRequest, FilingAction, FilingActionRequest, FilingCycle, FilingItem } from '../../../shared/contracts/governance/filings.js';
import type { GovernanceDeps } from './governance-deps.js';
import { canEnrollMany, findOfferingInForce } from './offerings.repository.js';
import { listFilingCycles } from './filings.repository.js';
import { issueWarningsFromFindings, publishIssued, type IssueResult } from './use-cases/issue-warnings.js';
import { recordBaselineOfferings, type BaselineOffering } from './use-cases/offerings.js';
import { createCycle } from './use-cases/manage-filing-cycles.js';
import { createFilingItem } from './use-cases/filing-items.js';
import { moveFilingItem } from './use-cases/move-filing-item.js';

/** Offerings, filings and warnings: what other modules, seeds, the CLI and benchmarks call. */
export type FilingsApi = {
  /**
   * May the offering enroll in `year` (recorded or approved, by the latest status of that year
   * or before)? An offering that may not gets no enrollment plan. Pass the transaction when inside one.
   */
  canEnroll(db: DbOrTx, key: OfferingYearKey): Promise<boolean>;
  /** `canEnroll` for many offering-years at once, in the order asked (one query per 500 colleges). */
  canEnrollMany(db: DbOrTx, keys: readonly OfferingYearKey[]): Promise<boolean[]>;
  /** The offering's status in force in `year`, if it has one. */
  offeringStatusInForce(db: DbOrTx, key: OfferingYearKey): Promise<OfferingStatus | undefined>;
  /**
   * Issues warnings from a rule run's findings inside the run's transaction, deduplicated by
   * fingerprint against open warnings; timeline, audit and notifications in the same
   * transaction. Call `publishWarningsIssued` after the transaction commits.
   */
  issueWarningsFromFindings(tx: DbOrTx, actor: Actor, runId: string, findings: readonly RuleFinding[]): Promise<IssueResult>;
  publishWarningsIssued(result: IssueResult, runId: string | null, provinceCodes: string[]): void;
  /** Offerings that exist before any filing (imports of earlier results, generators, demos); national administrators or the system. */
  recordBaselineOfferings(tx: DbOrTx, actor: Actor, rows: readonly BaselineOffering[], source: string): Promise<number>;
  hasFilingCycles(): Promise<boolean>;
  /** The same use cases the routes call (authorized, audited), for seeds and the CLI. */
  openFilingCycle(actor: Actor, request: CreateFilingCycleRequest, options?: { isDemo?: boolean }): Promise<FilingCycle>;
  draftFilingItem(actor: Actor, request: CreateFilingItemRequest, options?: { isDemo?: boolean }): Promise<FilingItem>;
  moveFilingItem(actor: Actor, id: string, action: FilingAction, request: FilingActionRequest): Promise<FilingItem>;
};

export function createFilingsApi(deps: GovernanceDeps): FilingsApi {
  return {
    canEnroll: async (db, key) => (await canEnrollMany(db, [key]))[0] ?? false,
    canEnrollMany: (db, keys) => canEnrollMany(db, keys),
    offeringStatusInForce: async (db, key) => (await findOfferingInForce(db, key.collegeId, key.programCode, key.year))?.status as OfferingStatus | undefined,
    issueWarningsFromFindings: (tx, actor, runId, findings) => issueWarningsFromFindings(deps, tx, actor, runId, findings),
    publishWarningsIssued: (result, runId, provinceCodes) => publishIssued(deps, result, runId, provinceCodes),
    recordBaselineOfferings: (tx, actor, rows, source) => recordBaselineOfferings(deps, tx, actor, rows, source),
    hasFilingCycles: async () => (await listFilingCycles(deps.db)).length > 0,
    openFilingCycle: (actor, request, options) => createCycle(deps, actor, request, options),
    draftFilingItem: (actor, request, options) => createFilingItem(deps, actor, request, options),
    moveFilingItem: (actor, id, action, request) => moveFilingItem(deps, actor, id, action, request),
  };
}
