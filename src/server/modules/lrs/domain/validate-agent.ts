import { isIri, isIrl, isMailto, isSha1 } from './formats.js';
import { hasKey, type Json, type JsonObject } from './json.js';
import { expectArray, expectObject, expectString, fail, optional, requireKeys } from './validation.js';

export const IFI_KEYS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;
const AGENT_KEYS = ['objectType', 'name', ...IFI_KEYS];
const GROUP_KEYS = [...AGENT_KEYS, 'member'];

function validateAccount(value: Json, path: string): void {
  const account = expectObject(value, path, ['homePage', 'name']);
  requireKeys(account, path, ['homePage', 'name']);
  if (!isIrl(account.homePage)) fail(`${path}.homePage`, 'must be an IRL');
  expectString(account.name, `${path}.name`);
}

function validateIfi(object: JsonObject, path: string): number {
  const present = IFI_KEYS.filter((key) => hasKey(object, key));
  for (const key of present) {
    const value = object[key];
    if (key === 'mbox' && !isMailto(value)) fail(`${path}.mbox`, 'must be a mailto IRI with a valid address');
    if (key === 'mbox_sha1sum' && !isSha1(value)) fail(`${path}.mbox_sha1sum`, 'must be a SHA-1 hex string');
    if (key === 'openid' && !isIri(value)) fail(`${path}.openid`, 'must be a URI');
    if (key === 'account' && value !== undefined) validateAccount(value, `${path}.account`);
  }
  return present.length;
}

/** An Agent: exactly one inverse functional identifier. */
export function validateAgent(value: Json, path: string, isObjectTypeRequired = false): JsonObject {
  const agent = expectObject(value, path, AGENT_KEYS);
  if (isObjectTypeRequired && agent.objectType === undefined) fail(path, 'objectType "Agent" is required here');
  if (agent.objectType !== undefined && agent.objectType !== 'Agent') fail(`${path}.objectType`, 'must be "Agent"');
  optional(agent, 'name', expectString, path);
  if (validateIfi(agent, path) !== 1) fail(path, 'an Agent needs exactly one of mbox, mbox_sha1sum, openid, account');
  return agent;
}

/** A Group: anonymous (members, no IFI) or identified (one IFI, members optional). */
export function validateGroup(value: Json, path: string): JsonObject {
  const group = expectObject(value, path, GROUP_KEYS);
  if (group.objectType !== 'Group') fail(`${path}.objectType`, 'must be "Group"');
  optional(group, 'name', expectString, path);
  const ifiCount = validateIfi(group, path);
  if (ifiCount > 1) fail(path, 'a Group may have at most one inverse functional identifier');
  if (ifiCount === 0 && group.member === undefined) fail(path, 'an anonymous Group must list its members');
  if (group.member !== undefined) {
    const members = expectArray(group.member, `${path}.member`);
    if (ifiCount === 0 && members.length === 0) fail(`${path}.member`, 'an anonymous Group needs at least one member');
    members.forEach((member, index) => validateAgent(member, `${path}.member[${index}]`));
  }
  return group;
}

/** An actor (or instructor): an Agent unless objectType says Group. */
export function validateActor(value: Json, path: string, isObjectTypeRequired = false): JsonObject {
  const candidate = expectObject(value, path, GROUP_KEYS);
  if (candidate.objectType === 'Group') return validateGroup(candidate, path);
  return validateAgent(candidate, path, isObjectTypeRequired);
}

/** The authority: an Agent, or for 3-legged OAuth an anonymous Group of exactly two Agents. */
export function validateAuthority(value: Json, path: string): void {
  const authority = validateActor(value, path);
  if (authority.objectType !== 'Group') return;
  const members = Array.isArray(authority.member) ? authority.member : [];
  if (members.length !== 2) fail(path, 'a Group authority must have exactly two members');
  if (IFI_KEYS.some((key) => hasKey(authority, key))) fail(path, 'a Group authority must be anonymous');
}
