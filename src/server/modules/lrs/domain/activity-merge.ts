import { isJsonObject, type Json, type JsonObject } from './json.js';

const MERGED_MAPS = ['name', 'description', 'extensions'] as const;

/**
 * The LRS's view of an Activity is the union of every definition it has received for that id:
 * language maps and extensions merge, other properties take the latest value.
 */
export function mergeActivityDefinition(existing: JsonObject | undefined, incoming: JsonObject): JsonObject {
  if (!existing) return incoming;
  const merged: JsonObject = { ...existing, ...incoming };
  for (const key of MERGED_MAPS) {
    const before: Json | undefined = existing[key];
    const after: Json | undefined = incoming[key];
    if (isJsonObject(before) && isJsonObject(after)) merged[key] = { ...before, ...after };
  }
  return merged;
}

/** An Activity's id with the definition a statement gives it. */
export type DefinedActivity = { id: string; definition: JsonObject };

/** Activities with definitions found in a statement (object, context activities, sub-statement). */
export function definedActivities(statement: JsonObject): DefinedActivity[] {
  const found: DefinedActivity[] = [];
  const visit = (activity: Json | undefined) => {
    if (!isJsonObject(activity) || typeof activity.id !== 'string') return;
    if ((activity.objectType ?? 'Activity') !== 'Activity' || !isJsonObject(activity.definition)) return;
    found.push({ id: activity.id, definition: activity.definition });
  };
  const visitContext = (context: Json | undefined) => {
    if (!isJsonObject(context) || !isJsonObject(context.contextActivities)) return;
    for (const entry of Object.values(context.contextActivities)) (Array.isArray(entry) ? entry : [entry]).forEach(visit);
  };
  visit(statement.object);
  visitContext(statement.context);
  if (isJsonObject(statement.object) && statement.object.objectType === 'SubStatement') {
    visit(statement.object.object);
    visitContext(statement.object.context);
  }
  return found;
}
