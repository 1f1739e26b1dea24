import type { AttemptStatus, SimulationEvent } from '../../../../shared/contracts/learning/simulations.js';

/** An attempt's recorded state, as the JavaScript API's calls change it. */
export type AttemptState = {
  status: AttemptStatus;
  progress: number;
  score: { raw: number; min: number; max: number } | null;
  success: boolean | null;
  durationMs: number;
  lastEventAt: Date;
  finishedAt: Date | null;
};

/** What happened that deserves a learning record. */
export type AttemptOutcome =
  | { verb: 'progressed'; progress: number }
  | { verb: 'scored'; score: { raw: number; min: number; max: number } }
  | { verb: 'completed' | 'passed' | 'failed' };

/** Time on task counts gaps between reports up to this; a longer silence is an idle learner, counted as this much. */
export const IDLE_CAP_MS = 5 * 60 * 1000;

export function scaledScore(score: { raw: number; min: number; max: number }): number {
  return Math.round(((score.raw - score.min) / (score.max - score.min)) * 10_000) / 10_000;
}

const isOpen = (status: AttemptStatus) => status === 'launched' || status === 'in_progress';

/**
 * Applies reported events in order. Progress never goes back; a progress statement is emitted
 * when a new tenth is reached (a package may report every frame); `complete` ends the attempt
 * and later events in the batch are ignored.
 */
export function applyEvents(state: AttemptState, events: readonly SimulationEvent[], now: Date): { state: AttemptState; outcomes: AttemptOutcome[] } {
  const gap = Math.max(0, now.getTime() - state.lastEventAt.getTime());
  let next: AttemptState = { ...state, durationMs: state.durationMs + Math.min(gap, IDLE_CAP_MS), lastEventAt: now };
  const outcomes: AttemptOutcome[] = [];
  for (const event of events) {
    if (!isOpen(next.status)) break;
    switch (event.kind) {
      case 'start':
        next = { ...next, status: 'in_progress' };
        break;
      case 'progress': {
        const progress = Math.max(next.progress, event.fraction);
        if (Math.floor(progress * 10) > Math.floor(next.progress * 10)) outcomes.push({ verb: 'progressed', progress });
        next = { ...next, status: 'in_progress', progress };
        break;
      }
      case 'score':
        next = { ...next, status: 'in_progress', score: { raw: event.score.raw, min: event.score.min, max: event.score.max } };
        outcomes.push({ verb: 'scored', score: next.score ?? event.score });
        break;
      case 'complete': {
        const success = event.success ?? null;
        const status: AttemptStatus = success === null ? 'completed' : success ? 'passed' : 'failed';
        next = { ...next, status, success, progress: 1, finishedAt: now };
        outcomes.push({ verb: 'completed' });
        if (success !== null) outcomes.push({ verb: success ? 'passed' : 'failed' });
        break;
      }
    }
  }
  return { state: next, outcomes };
}
