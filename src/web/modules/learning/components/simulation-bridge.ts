import type { SimulationEvent, SimulationLaunch } from '../../../../shared/contracts/learning/simulations.js';

/** A call of the LubanSim API as the package posts it (see docs/simulation-api.md). */
export type SimulationCall = { id: number; call: SimulationEvent | { kind: 'xapi' } };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function eventOf(kind: unknown, data: Record<string, unknown>): SimulationCall['call'] | undefined {
  switch (kind) {
    case 'start':
      return { kind: 'start' };
    case 'xapi':
      return { kind: 'xapi' };
    case 'progress':
      return typeof data.fraction === 'number' ? { kind: 'progress', fraction: data.fraction } : undefined;
    case 'score': {
      const { raw, min, max } = data;
      return typeof raw === 'number' && typeof min === 'number' && typeof max === 'number' ? { kind: 'score', score: { raw, min, max } } : undefined;
    }
    case 'complete':
      return typeof data.success === 'boolean' ? { kind: 'complete', success: data.success } : { kind: 'complete' };
    default:
      return undefined;
  }
}

/**
 * Accepts a message only from the package's own frame (its window, the sandbox's opaque origin
 * `null`) carrying this launch's credential; anything else (other frames, other tabs, forged
 * tokens) is ignored.
 */
/** A message as the bridge reads it: the sender is compared by identity only. */
export type BridgeMessage = { data: unknown; origin: string; source: unknown };
/** Where replies go: a package frame's window (anything that takes a message for an origin). */
export type ReplyTarget = { postMessage(message: unknown, targetOrigin: string): void };

export function parseSimulationMessage(event: BridgeMessage, frame: object | null | undefined, launch: Pick<SimulationLaunch, 'token' | 'messageOrigin'>): SimulationCall | undefined {
  if (!frame || event.source !== frame || event.origin !== launch.messageOrigin) return undefined;
  const message: unknown = event.data;
  if (!isRecord(message) || message.type !== 'luban-sim' || message.token !== launch.token || typeof message.id !== 'number') return undefined;
  const call = eventOf(message.kind, isRecord(message.data) ? message.data : {});
  return call ? { id: message.id, call } : undefined;
}

/** The answer posted back into the frame (its origin is opaque, so the target is `*`; only this frame receives it). */
export function replyTo(frame: ReplyTarget, launch: Pick<SimulationLaunch, 'token'>, id: number, answer: { ok: true; result: unknown } | { ok: false; error: string }): void {
  frame.postMessage({ type: 'luban-sim-reply', token: launch.token, id, ...answer }, '*');
}
