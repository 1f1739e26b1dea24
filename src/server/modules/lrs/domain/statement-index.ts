import { agentKey } from './agent-key.js';
import { isJsonObject, type Json, type JsonObject } from './json.js';
import { VOIDED_VERB } from './validate-statement.js';

/** The columns a stored statement is found by; all derived from the statement itself. */
export type StatementIndex = {
  actorKey: string;
  verbId: string;
  /** The object's id when the object is an Activity. */
  activityId: string | null;
  /** The object's key when the object is an Agent or Group. */
  objectAgentKey: string | null;
  /** The target when the object is a StatementRef (voiding uses this too). */
  objectRef: string | null;
  registration: string | null;
  /** Other activities for related_activities (context activities, sub-statement), without activityId. */
  relatedActivities: string[] | null;
  /** Other agents for related_agents (instructor, team, context agents, sub-statement). */
  relatedAgents: string[] | null;
  isVoiding: boolean;
};

function asList(value: Json | undefined): Json[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function collectContext(context: Json | undefined, activities: Set<string>, agents: Set<string>): void {
  if (!isJsonObject(context)) return;
  if (isJsonObject(context.contextActivities)) {
    for (const entry of Object.values(context.contextActivities)) {
      for (const activity of asList(entry)) if (isJsonObject(activity) && typeof activity.id === 'string') activities.add(activity.id);
    }
  }
  if (context.instructor !== undefined) agents.add(agentKey(context.instructor));
  if (context.team !== undefined) agents.add(agentKey(context.team));
  for (const entry of asList(context.contextAgents)) if (isJsonObject(entry)) agents.add(agentKey(entry.agent));
  for (const entry of asList(context.contextGroups)) if (isJsonObject(entry)) agents.add(agentKey(entry.group));
}

function collectObject(object: Json | undefined, activities: Set<string>, agents: Set<string>): void {
  if (!isJsonObject(object)) return;
  const type = object.objectType ?? 'Activity';
  if (type === 'Activity' && typeof object.id === 'string') activities.add(object.id);
  if (type === 'Agent' || type === 'Group') agents.add(agentKey(object));
  if (type === 'SubStatement') {
    agents.add(agentKey(object.actor));
    collectObject(object.object, activities, agents);
    collectContext(object.context, activities, agents);
  }
}

function without(set: Set<string>, ...values: (string | null)[]): string[] | null {
  for (const value of values) if (value !== null) set.delete(value);
  return set.size > 0 ? [...set] : null;
}

/** Derives the index columns of a valid statement. */
export function indexStatement(statement: JsonObject): StatementIndex {
  const object = isJsonObject(statement.object) ? statement.object : {};
  const objectType = object.objectType ?? 'Activity';
  const verbId = isJsonObject(statement.verb) && typeof statement.verb.id === 'string' ? statement.verb.id : '';
  const context = isJsonObject(statement.context) ? statement.context : {};
  const actorKey = agentKey(statement.actor);
  const activityId = objectType === 'Activity' && typeof object.id === 'string' ? object.id : null;
  const objectAgentKey = objectType === 'Agent' || objectType === 'Group' ? agentKey(object) : null;
  const activities = new Set<string>();
  // The authority is matched through the writing client (client_id), not this list: it is on
  // every statement, and one key shared by all rows would make the GIN index a hot spot.
  const agents = new Set<string>();
  collectObject(object, activities, agents);
  collectContext(context, activities, agents);
  return {
    actorKey,
    verbId,
    activityId,
    objectAgentKey,
    objectRef: objectType === 'StatementRef' && typeof object.id === 'string' ? object.id.toLowerCase() : null,
    registration: typeof context.registration === 'string' ? context.registration.toLowerCase() : null,
    relatedActivities: without(activities, activityId),
    relatedAgents: without(agents, actorKey, objectAgentKey),
    isVoiding: verbId === VOIDED_VERB,
  };
}
