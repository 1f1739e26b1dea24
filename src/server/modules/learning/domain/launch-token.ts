import { createHmac, randomBytes } from 'node:crypto';

/** How long a launch credential lives unless the attempt finishes first. */
export const LAUNCH_TTL_MS = 4 * 60 * 60 * 1000;

/** A random 256-bit launch credential, URL-safe (it is part of the package's path). */
export function newLaunchToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this keyed hash is stored: a database reader cannot replay a launch. */
export function hashLaunchToken(serverSecret: string, token: string): string {
  return createHmac('sha256', serverSecret).update(`simulation-launch:${token}`).digest('base64url');
}

export const LAUNCH_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type LaunchState = { expiresAt: Date; finishedAt: Date | null };

/** Why a credential no longer works, or undefined while it does. Reports stop at finish; the package's files stay readable until expiry. */
export function launchRefusal(state: LaunchState, now: Date, use: 'report' | 'files'): 'expired' | 'finished' | undefined {
  if (now.getTime() >= state.expiresAt.getTime()) return 'expired';
  if (use === 'report' && state.finishedAt !== null) return 'finished';
  return undefined;
}
