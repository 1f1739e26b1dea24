import { attemptStatusSchema, simulationKindSchema, type SimulationAttempt } from '../../../../shared/contracts/learning/simulations.js';
import { scaledScore } from '../domain/simulation-attempt.js';
import type { AttemptRow } from '../simulations.repository.js';

export function presentAttempt(row: AttemptRow, resourceTitle: Record<string, string>): SimulationAttempt {
  const score = row.scoreRaw !== null && row.scoreMin !== null && row.scoreMax !== null ? { raw: row.scoreRaw, min: row.scoreMin, max: row.scoreMax } : null;
  return {
    id: row.id,
    resourceId: row.resourceId,
    resourceTitle,
    version: row.version,
    kind: simulationKindSchema.parse(row.kind),
    learnerId: row.learnerId,
    learnerName: row.learnerName,
    courseId: row.courseId,
    courseItemId: row.courseItemId,
    registration: row.registration,
    status: attemptStatusSchema.parse(row.status),
    progress: row.progress,
    score: score ? { ...score, scaled: scaledScore(score) } : null,
    success: row.success,
    durationSeconds: Math.round(row.durationMs / 1000),
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
