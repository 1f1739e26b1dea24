import type { Actor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { resourceLevelSchema } from '../../../../shared/contracts/learning/resources.js';
import type { AttemptSummary, Simulation, SimulationAttempt, SimulationCatalogueQuery } from '../../../../shared/contracts/learning/simulations.js';
import { canRead } from '../domain/access.js';
import { learningPermissions } from '../policies.js';
import { findFileVersion, findResource, type ResourceRow } from '../resources.repository.js';
import { findPackageHashes, listLearnerAttempts, listPublishedSimulations, listResourceAttempts, summarizeAttempts } from '../simulations.repository.js';
import { asState, reachOf, requireUser, type LearningDeps } from './learning-deps.js';
import { readableSimulation } from './launch-simulation.js';
import { presentAttempt } from './present-attempt.js';

/** The published simulations the actor may see, with the catalogue's filters. */
export async function listSimulations(deps: LearningDeps, actor: Actor, query: SimulationCatalogueQuery): Promise<{ items: Simulation[] }> {
  requireUser(actor);
  deps.authz.scopeFilter(actor, learningPermissions.readResources);
  // over-fetch: resources for other colleges' members only are dropped below
  const rows = await listPublishedSimulations(deps.db, query, query.limit * 3);
  const visible: ResourceRow[] = [];
  for (const row of rows) {
    if (visible.length >= query.limit) break;
    if (canRead(asState(row), await reachOf(deps, actor, row))) visible.push(row);
  }
  const versions = await Promise.all(visible.map((row) => findFileVersion(deps.db, row.id, row.currentVersion)));
  const hashes = await findPackageHashes(deps.db, versions.flatMap((version) => (version?.fileHash ? [version.fileHash] : [])));
  return {
    items: visible.map((row, index) => {
      const fileHash = versions[index]?.fileHash;
      return {
        id: row.id, title: row.title, description: row.description, level: resourceLevelSchema.parse(row.level), language: row.language,
        programCodes: row.programCodes, knowledgePoints: row.knowledgePoints, providerScopes: row.providerScopes,
        publishedAt: row.publishedAt?.toISOString() ?? null, version: row.currentVersion, hasPackage: fileHash ? hashes.has(fileHash) : false, kind: 'h5_package',
      };
    }),
  };
}

/** The signed-in learner's own attempts, newest first (optionally of one simulation). */
export async function listMyAttempts(deps: LearningDeps, actor: Actor, resourceId: string | undefined): Promise<{ items: SimulationAttempt[] }> {
  const user = requireUser(actor);
  const rows = await listLearnerAttempts(deps.db, user.userId, { resourceId, limit: 100 });
  const titles = new Map<string, Record<string, string>>();
  for (const id of new Set(rows.map((row) => row.resourceId))) titles.set(id, (await findResource(deps.db, id))?.title ?? {});
  return { items: rows.map((row) => presentAttempt(row, titles.get(row.resourceId) ?? {})) };
}

/**
 * Attempts at one simulation for its authors and reviewers: totals over every attempt, and the
 * recent attempts of learners within the viewer's own scopes (an author does not see the names
 * of other colleges' students).
 */
export async function summarizeSimulationAttempts(deps: LearningDeps, actor: Actor, resourceId: string): Promise<AttemptSummary> {
  const user = requireUser(actor);
  const row = await readableSimulation(deps, actor, resourceId);
  const reach = await reachOf(deps, actor, row);
  if (row.createdBy !== user.userId && !reach.authorsProvider && !reach.reviewsProvider) throw new AppError('SCOPE_DENIED', { action: 'learning.viewSimulationAttempts' });
  const totals = await summarizeAttempts(deps.db, resourceId);
  const reachable = new Map<string, boolean>();
  const recent: SimulationAttempt[] = [];
  for (const attempt of await listResourceAttempts(deps.db, resourceId, 200)) {
    if (recent.length >= 50) break;
    let isReachable = reachable.get(attempt.learnerScope);
    if (isReachable === undefined) {
      isReachable = attempt.learnerScope !== 'national' && ((await deps.authz.can(actor, learningPermissions.authorResources, attempt.learnerScope)) || (await deps.authz.can(actor, learningPermissions.reviewResources, attempt.learnerScope)));
      reachable.set(attempt.learnerScope, isReachable);
    }
    if (isReachable) recent.push(presentAttempt(attempt, row.title));
  }
  return {
    resourceId,
    attempts: totals.attempts,
    learners: totals.learners,
    completed: totals.completed,
    passed: totals.passed,
    failed: totals.failed,
    averageScaledScore: totals.averageScaled === null ? null : Math.round(totals.averageScaled * 10_000) / 10_000,
    averageDurationSeconds: totals.averageDurationMs === null ? null : Math.round(totals.averageDurationMs / 1000),
    recent,
  };
}
