import { describe, expect, it } from 'vitest';
import { parseSimulationMessage, replyTo } from './simulation-bridge.js';

const token = 'T'.repeat(43);
const launch = { token, messageOrigin: 'null' };
/** Stand-ins for window objects: only their identity matters to the bridge. */
const frame = { name: 'package frame' };
const otherFrame = { name: 'another frame' };
const message = (data: unknown, overrides: { origin?: string; source?: object } = {}) => ({ data, origin: overrides.origin ?? 'null', source: overrides.source ?? frame });
const call = (kind: string, data: Record<string, unknown> = {}, id = 1) => ({ type: 'luban-sim', version: 1, token, id, kind, data });

describe('simulation bridge', () => {
  it('accepts every LubanSim call from the package frame with the launch credential', () => {
    expect(parseSimulationMessage(message(call('start')), frame, launch)).toEqual({ id: 1, call: { kind: 'start' } });
    expect(parseSimulationMessage(message(call('progress', { fraction: 0.5 }, 2)), frame, launch)).toEqual({ id: 2, call: { kind: 'progress', fraction: 0.5 } });
    expect(parseSimulationMessage(message(call('score', { raw: 84, min: 0, max: 100 }, 3)), frame, launch)).toEqual({ id: 3, call: { kind: 'score', score: { raw: 84, min: 0, max: 100 } } });
    expect(parseSimulationMessage(message(call('complete', { success: true }, 4)), frame, launch)).toEqual({ id: 4, call: { kind: 'complete', success: true } });
    expect(parseSimulationMessage(message(call('complete', {}, 5)), frame, launch)).toEqual({ id: 5, call: { kind: 'complete' } });
    expect(parseSimulationMessage(message(call('xapi', {}, 6)), frame, launch)).toEqual({ id: 6, call: { kind: 'xapi' } });
  });

  it('ignores messages from another window, another origin, with another credential, or malformed', () => {
    expect(parseSimulationMessage(message(call('start'), { source: otherFrame }), frame, launch)).toBeUndefined();
    expect(parseSimulationMessage(message(call('start'), { origin: 'http://evil.example' }), frame, launch)).toBeUndefined();
    expect(parseSimulationMessage(message({ ...call('start'), token: 'X'.repeat(43) }), frame, launch)).toBeUndefined();
    expect(parseSimulationMessage(message(call('start')), undefined, launch)).toBeUndefined();
    expect(parseSimulationMessage(message({ ...call('start'), type: 'other' }), frame, launch)).toBeUndefined();
    expect(parseSimulationMessage(message({ ...call('start'), id: '1' }), frame, launch)).toBeUndefined();
    expect(parseSimulationMessage(message(call('progress', { fraction: '0.5' })), frame, launch)).toBeUndefined();
    expect(parseSimulationMessage(message(call('score', { raw: 84 })), frame, launch)).toBeUndefined();
    expect(parseSimulationMessage(message(call('navigate', { url: '/' })), frame, launch)).toBeUndefined();
    expect(parseSimulationMessage(message('luban-sim'), frame, launch)).toBeUndefined();
  });

  it('answers into the frame with the credential and the call id', () => {
    const posted: [unknown, string][] = [];
    const target = { postMessage: (data: unknown, origin: string) => void posted.push([data, origin]) };
    replyTo(target, launch, 7, { ok: false, error: 'ATTEMPT_FINISHED' });
    expect(posted).toEqual([[{ type: 'luban-sim-reply', token, id: 7, ok: false, error: 'ATTEMPT_FINISHED' }, '*']]);
  });
});
