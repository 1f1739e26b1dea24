import { describe, expect, it } from 'vitest';
import { applyEvents, IDLE_CAP_MS, scaledScore, type AttemptState } from './simulation-attempt.js';

const t0 = new Date('2026-03-01T09:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const fresh: AttemptState = { status: 'launched', progress: 0, score: null, success: null, durationMs: 0, lastEventAt: t0, finishedAt: null };

describe('simulation attempts', () => {
  it('start, progress by tenths, score and a passed completion', () => {
    const started = applyEvents(fresh, [{ kind: 'start' }], at(2));
    expect(started.state.status).toBe('in_progress');
    expect(started.outcomes).toEqual([]);
    const progressed = applyEvents(started.state, [{ kind: 'progress', fraction: 0.05 }, { kind: 'progress', fraction: 0.31 }, { kind: 'progress', fraction: 0.2 }], at(30));
    expect(progressed.state.progress).toBe(0.31);
    expect(progressed.outcomes).toEqual([{ verb: 'progressed', progress: 0.31 }]);
    const done = applyEvents(progressed.state, [{ kind: 'score', score: { raw: 42, min: 0, max: 50 } }, { kind: 'complete', success: true }, { kind: 'progress', fraction: 0.5 }], at(90));
    expect(done.state).toMatchObject({ status: 'passed', success: true, progress: 1, score: { raw: 42, min: 0, max: 50 }, finishedAt: at(90), durationMs: 90_000 });
    expect(done.outcomes.map((o) => o.verb)).toEqual(['scored', 'completed', 'passed']);
  });

  it('a failure without score, and nothing after the attempt is finished', () => {
    const failed = applyEvents(fresh, [{ kind: 'complete', success: false }], at(10));
    expect(failed.state.status).toBe('failed');
    expect(failed.outcomes.map((o) => o.verb)).toEqual(['completed', 'failed']);
    const after = applyEvents(failed.state, [{ kind: 'score', score: { raw: 1, min: 0, max: 1 } }], at(20));
    expect(after.outcomes).toEqual([]);
    expect(after.state.score).toBeNull();
    expect(applyEvents(fresh, [{ kind: 'complete' }], at(1)).state.status).toBe('completed');
  });

  it('counts a long silence as idle time only up to the cap', () => {
    const idle = applyEvents(fresh, [{ kind: 'progress', fraction: 0.1 }], at(3600));
    expect(idle.state.durationMs).toBe(IDLE_CAP_MS);
  });

  it('scales scores into 0..1', () => {
    expect(scaledScore({ raw: 42, min: 0, max: 50 })).toBe(0.84);
    expect(scaledScore({ raw: -5, min: -10, max: 10 })).toBe(0.25);
  });
});
