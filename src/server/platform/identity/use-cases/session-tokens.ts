import { createHmac, randomBytes } from 'node:crypto';

/** Session and API-key secrets are stored only as HMACs keyed by LUBAN_SECRET. */
export function hmacToken(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url');
}

export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
