import type { Locale } from '../i18n/locale.js';
import type { RoleAssignment } from '../../../shared/contracts/platform/roles.js';

/** Who is acting. Every use case receives one and asks a policy before it acts. */
export type Actor =
  | { kind: 'anonymous'; locale: Locale }
  | {
      kind: 'user';
      userId: string;
      username: string;
      displayName: string;
      locale: Locale;
      assignments: RoleAssignment[];
    }
  | { kind: 'apiKey'; apiKeyId: string; name: string; locale: Locale; assignments: RoleAssignment[] }
  /** The CLI and start-up tasks run as the system, which may do anything and is audited as such. */
  | { kind: 'system'; label: string; locale: Locale };

export function actorId(actor: Actor): string {
  switch (actor.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'user':
      return actor.userId;
    case 'apiKey':
      return actor.apiKeyId;
    case 'system':
      return 'system';
  }
}

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'user':
      return actor.username;
    case 'apiKey':
      return `api-key:${actor.name}`;
    case 'system':
      return `system:${actor.label}`;
  }
}

export function systemActor(label: string): Actor {
  return { kind: 'system', label, locale: 'en' };
}
