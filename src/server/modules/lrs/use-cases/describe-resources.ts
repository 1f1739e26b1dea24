import { AppError } from '../../../platform/errors/app-error.js';
import { IFI_KEYS } from '../domain/validate-agent.js';
import { isJsonObject, type Json, type JsonObject } from '../domain/json.js';
import { findActivityDefinitions } from '../statements.repository.js';
import type { LrsDeps, LrsPrincipal } from './lrs-deps.js';

function requireAny(principal: LrsPrincipal): void {
  if (principal.permissions.size === 0) throw new AppError('LRS_FORBIDDEN', { action: 'read activities and agents' });
}

/** The Activities resource: the merged definition of every statement that described the activity. */
export async function describeActivity(deps: LrsDeps, principal: LrsPrincipal, activityId: string): Promise<JsonObject> {
  requireAny(principal);
  const definitions = await findActivityDefinitions(deps.db, [activityId]);
  const definition = definitions.get(activityId);
  return isJsonObject(definition) ? { objectType: 'Activity', id: activityId, definition } : { objectType: 'Activity', id: activityId };
}

/**
 * The Agents resource: the Person the agent identifies. Without an identity-merging service the
 * Person has exactly the identifiers given.
 */
export function describePerson(principal: LrsPrincipal, agent: Json): JsonObject {
  requireAny(principal);
  const person: JsonObject = { objectType: 'Person' };
  if (!isJsonObject(agent)) return person;
  if (typeof agent.name === 'string') person.name = [agent.name];
  for (const key of IFI_KEYS) {
    const value = agent[key];
    if (value !== undefined) person[key] = [value];
  }
  return person;
}
