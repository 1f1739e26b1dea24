import type { Actor } from '../../../platform/authz/actor.js';
import { systemActor } from '../../../platform/authz/actor.js';
import { resourceTypeSchema } from '../../../../shared/contracts/learning/resources.js';
import { buildLearnerStatement, type LearnerVerb } from '../domain/statements.js';
import type { ResourceRow } from '../resources.repository.js';
import type { LearningDeps } from './learning-deps.js';

const platform = systemActor('learning');

/**
 * Stores the xAPI statement for a learner's action through the LRS module, with the platform's
 * identity as authority, in the learner's own scope. Called after the action's commit; a failure
 * to record is logged and does not undo what the learner did.
 */
/** What recording needs: the LRS, a logger and the clock. */
export type LearnerEventDeps = { lrs: Pick<LearningDeps['lrs'], 'storeStatements'>; log: { error(details: object, message: string): void }; now(): Date };

export async function recordLearnerEvent(deps: LearnerEventDeps, actor: Actor, verb: LearnerVerb, row: ResourceRow, version: number): Promise<void> {
  if (actor.kind !== 'user') return;
  const scope = actor.assignments.find((a) => a.scope !== 'self')?.scope ?? 'national';
  const statement = buildLearnerStatement({
    verb,
    learner: { userId: actor.userId, displayName: actor.displayName },
    resource: { id: row.id, type: resourceTypeSchema.parse(row.type), title: row.title, programCodes: row.programCodes, knowledgePoints: row.knowledgePoints, language: row.language, version },
    timestamp: deps.now(),
  });
  try {
    await deps.lrs.storeStatements(platform, [statement], { scope });
  } catch (error) {
    deps.log.error({ err: error, verb, resourceId: row.id }, 'learning record not stored');
  }
}
