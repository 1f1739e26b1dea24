import type { Actor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import type { AttemptEventsInput, SimulationAttempt } from '../../../../shared/contracts/learning/simulations.js';
import type { DelegatedCredential } from '../../lrs/index.js';
import { hashLaunchToken, LAUNCH_TOKEN_PATTERN, launchRefusal } from '../domain/launch-token.js';
import { applyEvents, type AttemptState } from '../domain/simulation-attempt.js';
import { attemptStatusSchema } from '../../../../shared/contracts/learning/simulations.js';
import { findResource } from '../resources.repository.js';
import { findAttempt, findAttemptByToken, updateAttempt, type AttemptRow } from '../simulations.repository.js';
import { requireUser, type LearningDeps } from './learning-deps.js';
import { attemptActorAccount, LAUNCH_KEY_PREFIX, recordAttemptStatements } from './launch-simulation.js';
import { presentAttempt } from './present-attempt.js';

function stateOf(row: AttemptRow): AttemptState {
  const score = row.scoreRaw !== null && row.scoreMin !== null && row.scoreMax !== null ? { raw: row.scoreRaw, min: row.scoreMin, max: row.scoreMax } : null;
  return { status: attemptStatusSchema.parse(row.status), progress: row.progress, score, success: row.success, durationMs: row.durationMs, lastEventAt: row.lastEventAt, finishedAt: row.finishedAt };
}

/** The attempt a credential was issued for, if it is that attempt's and still valid for `use`. */
export async function attemptOfCredential(deps: LearningDeps, token: string, use: 'report' | 'files'): Promise<AttemptRow> {
  if (!LAUNCH_TOKEN_PATTERN.test(token)) throw new AppError('LAUNCH_CREDENTIAL_INVALID');
  const row = await findAttemptByToken(deps.db, hashLaunchToken(deps.config.secret, token));
  if (!row) throw new AppError('LAUNCH_CREDENTIAL_INVALID');
  const refusal = launchRefusal(row, deps.now(), use);
  if (refusal === 'expired') throw new AppError('LAUNCH_CREDENTIAL_EXPIRED');
  if (refusal === 'finished') throw new AppError('ATTEMPT_FINISHED');
  return row;
}

/**
 * What the launcher relays from the package's JavaScript API. The signed-in user must be the
 * attempt's learner and present the attempt's unexpired credential; the attempt row is locked
 * while the events are applied so that concurrent reports do not lose each other.
 */
export async function reportSimulationEvents(deps: LearningDeps, actor: Actor, attemptId: string, input: AttemptEventsInput): Promise<SimulationAttempt> {
  const user = requireUser(actor);
  const byToken = await attemptOfCredential(deps, input.token, 'report');
  if (byToken.id !== attemptId || byToken.learnerId !== user.userId) throw new AppError('LAUNCH_CREDENTIAL_INVALID');
  const resource = await findResource(deps.db, byToken.resourceId);
  if (!resource) throw new AppError('SIMULATION_NOT_FOUND', { id: byToken.resourceId });
  const now = deps.now();
  const { updated, outcomes } = await deps.db.transaction(async (tx) => {
    const row = await findAttempt(tx, attemptId, { forUpdate: true });
    if (!row) throw new AppError('ATTEMPT_NOT_FOUND', { id: attemptId });
    if (row.finishedAt !== null) throw new AppError('ATTEMPT_FINISHED');
    const applied = applyEvents(stateOf(row), input.events, now);
    const { state } = applied;
    const patch = {
      status: state.status, progress: state.progress, success: state.success, durationMs: state.durationMs, lastEventAt: state.lastEventAt, finishedAt: state.finishedAt,
      scoreRaw: state.score?.raw ?? null, scoreMin: state.score?.min ?? null, scoreMax: state.score?.max ?? null,
    };
    await updateAttempt(tx, attemptId, patch);
    if (state.finishedAt !== null) {
      await deps.audit.record(tx, actor, { action: 'learning.simulation.finished', entityType: 'learning_simulation_attempt', entityId: attemptId, scope: `user:${user.userId}`, details: { status: state.status, scoreRaw: patch.scoreRaw, scoreMax: patch.scoreMax } });
    }
    return { updated: { ...row, ...patch }, outcomes: applied.outcomes };
  });
  await recordAttemptStatements(deps, resource, updated, outcomes);
  return presentAttempt(updated, resource.title);
}

/** The xAPI credential of a launch: key `sim-launch-<attemptId>`, secret the launch token; statements about the learner in the attempt's registration only. */
export function createLaunchCredentialResolver(deps: LearningDeps) {
  return async (key: string, secret: string): Promise<DelegatedCredential | undefined> => {
    const attemptId = key.slice(LAUNCH_KEY_PREFIX.length);
    let row: AttemptRow;
    try {
      row = await attemptOfCredential(deps, secret, 'report');
    } catch {
      return undefined;
    }
    if (row.id !== attemptId) return undefined;
    return { name: `Simulation launch ${row.id}`, scope: row.learnerScope, restriction: { actorAccount: attemptActorAccount(row), registration: row.registration } };
  };
}
