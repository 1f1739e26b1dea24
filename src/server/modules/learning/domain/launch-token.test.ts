import { describe, expect, it } from 'vitest';
import { hashLaunchToken, LAUNCH_TOKEN_PATTERN, LAUNCH_TTL_MS, launchRefusal, newLaunchToken } from './launch-token.js';

describe('launch tokens', () => {
  it('are random, URL-safe and hashed with the server secret', () => {
    const a = newLaunchToken();
    const b = newLaunchToken();
    expect(a).not.toBe(b);
    expect(a).toMatch(LAUNCH_TOKEN_PATTERN);
    expect(hashLaunchToken('s1', a)).toBe(hashLaunchToken('s1', a));
    expect(hashLaunchToken('s1', a)).not.toBe(hashLaunchToken('s2', a));
    expect(hashLaunchToken('s1', a)).not.toContain(a);
  });

  it('expire after their lifetime, and stop reports (not files) at finish', () => {
    const start = new Date('2026-01-01T08:00:00Z');
    const expiresAt = new Date(start.getTime() + LAUNCH_TTL_MS);
    expect(launchRefusal({ expiresAt, finishedAt: null }, start, 'report')).toBeUndefined();
    expect(launchRefusal({ expiresAt, finishedAt: null }, expiresAt, 'report')).toBe('expired');
    expect(launchRefusal({ expiresAt, finishedAt: null }, expiresAt, 'files')).toBe('expired');
    expect(launchRefusal({ expiresAt, finishedAt: start }, start, 'report')).toBe('finished');
    expect(launchRefusal({ expiresAt, finishedAt: start }, start, 'files')).toBeUndefined();
  });
});
