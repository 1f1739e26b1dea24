import { isIrl } from './formats.js';
import type { Json, JsonObject } from './json.js';
import {
  expectArray,
  expectIri,
  expectObject,
  expectString,
  fail,
  optional,
  requireKeys,
  validateExtensions,
  validateLanguageMap,
} from './validation.js';

const DEFINITION_KEYS = [
  'name',
  'description',
  'type',
  'moreInfo',
  'extensions',
  'interactionType',
  'correctResponsesPattern',
  'choices',
  'scale',
  'source',
  'target',
  'steps',
];

export const INTERACTION_TYPES = ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'] as const;

const COMPONENT_LISTS = ['choices', 'scale', 'source', 'target', 'steps'] as const;

/** Which interaction component lists each interaction type may carry. */
const COMPONENTS_BY_TYPE: Record<string, readonly string[]> = {
  choice: ['choices'],
  sequencing: ['choices'],
  likert: ['scale'],
  matching: ['source', 'target'],
  performance: ['steps'],
};

function validateComponents(value: Json, path: string): void {
  const seen = new Set<string>();
  expectArray(value, path).forEach((entry, index) => {
    const itemPath = `${path}[${index}]`;
    const component = expectObject(entry, itemPath, ['id', 'description']);
    requireKeys(component, itemPath, ['id']);
    const id = expectString(component.id, `${itemPath}.id`);
    if (seen.has(id)) fail(itemPath, `duplicate interaction component id "${id}"`);
    seen.add(id);
    optional(component, 'description', validateLanguageMap, itemPath);
  });
}

function validateInteraction(definition: JsonObject, path: string): void {
  const interactionType = definition.interactionType;
  if (interactionType !== undefined && !INTERACTION_TYPES.some((t) => t === interactionType)) {
    fail(`${path}.interactionType`, `must be one of ${INTERACTION_TYPES.join(', ')}`);
  }
  if (definition.correctResponsesPattern !== undefined) {
    if (interactionType === undefined) fail(path, 'correctResponsesPattern needs an interactionType');
    expectArray(definition.correctResponsesPattern, `${path}.correctResponsesPattern`).forEach((pattern, index) =>
      expectString(pattern, `${path}.correctResponsesPattern[${index}]`),
    );
  }
  for (const list of COMPONENT_LISTS) {
    if (definition[list] === undefined) continue;
    if (typeof interactionType !== 'string') fail(path, `${list} needs an interactionType`);
    if (!(COMPONENTS_BY_TYPE[interactionType] ?? []).includes(list)) fail(`${path}.${list}`, `not allowed for interactionType ${interactionType}`);
    validateComponents(definition[list], `${path}.${list}`);
  }
}

export function validateActivityDefinition(value: Json, path: string): void {
  const definition = expectObject(value, path, DEFINITION_KEYS);
  optional(definition, 'name', validateLanguageMap, path);
  optional(definition, 'description', validateLanguageMap, path);
  optional(definition, 'type', expectIri, path);
  optional(definition, 'moreInfo', (v, p) => (isIrl(v) ? undefined : fail(p, 'must be an IRL')), path);
  optional(definition, 'extensions', validateExtensions, path);
  validateInteraction(definition, path);
}

/** An Activity: an IRI id and an optional definition. */
export function validateActivity(value: Json, path: string): JsonObject {
  const activity = expectObject(value, path, ['objectType', 'id', 'definition']);
  if (activity.objectType !== undefined && activity.objectType !== 'Activity') fail(`${path}.objectType`, 'must be "Activity"');
  requireKeys(activity, path, ['id']);
  expectIri(activity.id, `${path}.id`);
  optional(activity, 'definition', validateActivityDefinition, path);
  return activity;
}
