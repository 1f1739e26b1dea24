import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../platform/authz/actor.js';
import { systemActor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import type { LaunchSimulationInput, SimulationLaunch } from '../../../../shared/contracts/learning/simulations.js';
import { hashLaunchToken, LAUNCH_TTL_MS, newLaunchToken } from '../domain/launch-token.js';
import type { AttemptOutcome } from '../domain/simulation-attempt.js';
import { buildSimulationStatement } from '../domain/simulation-statements.js';
import { learnerAccount, resourceActivityId } from '../domain/statements.js';
import { findFileVersion, findResource, type ResourceRow } from '../resources.repository.js';
import { insertAttempt, type AttemptRow } from '../simulations.repository.js';
import { assertReadable, requireUser, type LearningDeps } from './learning-deps.js';
import { presentAttempt } from './present-attempt.js';
import { kindFor } from './simulation-kinds.js';

const platform = systemActor('learning');

/** Key prefix of the xAPI credential a launch grants (`sim-launch-<attemptId>` : token). */
export const LAUNCH_KEY_PREFIX = 'sim-launch-';

/** Where the launcher's page and the package meet: the origin package files are served from ('' = this one). */
export type SimulationServing = { contentOrigin: string };

/** A simulation resource the actor may open (drafts only for their authors and reviewers). */
export async function readableSimulation(deps: LearningDeps, actor: Actor, id: string): Promise<ResourceRow> {
  const { row } = await assertReadable(deps, actor, await findResource(deps.db, id), id);
  if (row.type !== 'virtual_simulation') throw new AppError('SIMULATION_NOT_FOUND', { id });
  return row;
}

/** The learner's scope for their records: the first assignment that is not `self`. */
export function learnerScopeOf(actor: Extract<Actor, { kind: 'user' }>): string {
  return actor.assignments.find((a) => a.scope !== 'self')?.scope ?? 'national';
}

/** Stores simulation statements through the LRS (after commit); a failure is logged and does not undo the attempt. */
export async function recordAttemptStatements(deps: LearningDeps, row: ResourceRow, attempt: AttemptRow, outcomes: readonly (AttemptOutcome | { verb: 'launched' })[]): Promise<void> {
  if (outcomes.length === 0) return;
  const score = attempt.scoreRaw !== null && attempt.scoreMin !== null && attempt.scoreMax !== null ? { raw: attempt.scoreRaw, min: attempt.scoreMin, max: attempt.scoreMax } : null;
  const statements = outcomes.map((outcome) =>
    buildSimulationStatement({
      learner: { userId: attempt.learnerId, displayName: attempt.learnerName },
      resource: { id: row.id, title: row.title, programCodes: row.programCodes, knowledgePoints: row.knowledgePoints, language: row.language, version: attempt.version },
      attempt: { id: attempt.id, registration: attempt.registration, courseId: attempt.courseId, courseItemId: attempt.courseItemId, durationMs: attempt.durationMs, score, success: attempt.success },
      outcome,
      timestamp: attempt.lastEventAt,
    }),
  );
  try {
    await deps.lrs.storeStatements(platform, statements, { scope: attempt.learnerScope });
  } catch (error) {
    deps.log.error({ err: error, attemptId: attempt.id }, 'simulation learning records not stored');
  }
}

/**
 * Starts an attempt: a new registration and a random launch credential (stored hashed) bound to
 * the learner and the attempt, valid for four hours or until the attempt finishes. Records `launched`.
 */
export async function launchSimulation(deps: LearningDeps, actor: Actor, resourceId: string, input: LaunchSimulationInput, serving: SimulationServing): Promise<SimulationLaunch> {
  const user = requireUser(actor);
  const row = await readableSimulation(deps, actor, resourceId);
  const version = await findFileVersion(deps.db, resourceId, row.currentVersion);
  const kind = version ? kindFor(version) : undefined;
  if (!version || !kind) throw new AppError('SIMULATION_HAS_NO_PACKAGE');
  const token = newLaunchToken();
  const target = await kind.launchTarget(deps.db, version, { token, contentOrigin: serving.contentOrigin });
  if (!target) throw new AppError('SIMULATION_HAS_NO_PACKAGE');
  const now = deps.now();
  const attempt: AttemptRow = {
    id: randomUUID(), resourceId, version: version.version, kind: kind.kind, learnerId: user.userId, learnerName: user.displayName, learnerScope: learnerScopeOf(user),
    courseId: input.courseId ?? null, courseItemId: input.courseItemId ?? null, registration: randomUUID(), status: 'launched', progress: 0,
    scoreRaw: null, scoreMin: null, scoreMax: null, success: null, durationMs: 0, tokenHash: hashLaunchToken(deps.config.secret, token),
    expiresAt: new Date(now.getTime() + LAUNCH_TTL_MS), startedAt: now, lastEventAt: now, finishedAt: null,
  };
  await deps.db.transaction(async (tx) => {
    await insertAttempt(tx, attempt);
    await deps.audit.record(tx, actor, { action: 'learning.simulation.launched', entityType: 'learning_simulation_attempt', entityId: attempt.id, scope: `user:${user.userId}`, details: { resourceId, version: version.version, courseId: attempt.courseId, courseItemId: attempt.courseItemId } });
  });
  await recordAttemptStatements(deps, row, attempt, [{ verb: 'launched' }]);
  return {
    attempt: presentAttempt(attempt, row.title),
    entryUrl: target.entryUrl,
    messageOrigin: 'null',
    token,
    expiresAt: attempt.expiresAt.toISOString(),
    xapi: {
      endpoint: `${serving.contentOrigin}/xapi/`,
      auth: `Basic ${Buffer.from(`${LAUNCH_KEY_PREFIX}${attempt.id}:${token}`).toString('base64')}`,
      registration: attempt.registration,
      activityId: resourceActivityId(resourceId),
    },
  };
}

/** The learner's account in statements a package writes itself. */
export const attemptActorAccount = (attempt: Pick<AttemptRow, 'learnerId'>) => learnerAccount(attempt.learnerId);
